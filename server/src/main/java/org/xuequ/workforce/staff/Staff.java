package org.xuequ.workforce.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.audit.AuditMasked;

/**
 * A member of staff (教职工) on a unit's roll. The ID number is personal data: read it through the masking views
 * only, never log it. The person's unit changes only through {@link #moveTo}, which the directory pairs with a
 * new posting, so that the registry and the posting history never disagree.
 */
@Entity
@Table(name = "workforce_staff")
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private long unitId;

    @Nullable
    private String staffNo;

    private String name;

    @AuditMasked
    private String idNumber;

    private char gender;

    @AuditMasked
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Post post;

    @Nullable
    private String subject;

    @Enumerated(EnumType.STRING)
    private Qualification qualification;

    @Enumerated(EnumType.STRING)
    private Title title;

    @Enumerated(EnumType.STRING)
    private Backbone backbone;

    @Enumerated(EnumType.STRING)
    private Specialism specialism;

    @Nullable
    private LocalDate employedSince;

    private LocalDate atUnitSince;

    @Enumerated(EnumType.STRING)
    private StaffStatus status;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected Staff() {}

    /**
     * @param birthDate and {@code gender} as the ID number encodes them (the caller has checked the number)
     */
    public Staff(
            String regionCode,
            long unitId,
            StaffFields fields,
            LocalDate birthDate,
            char gender,
            Instant now,
            String actor) {
        this.regionCode = regionCode;
        this.unitId = unitId;
        this.idNumber = fields.idNumber();
        this.birthDate = birthDate;
        this.gender = gender;
        this.status = StaffStatus.ACTIVE;
        this.createdAt = now;
        this.createdBy = actor;
        apply(fields, now, actor);
    }

    /** Changes what a clerk may change; the ID number is the person and stays. */
    public void update(StaffFields fields, Instant now, String actor) {
        if (!idNumber.equals(fields.idNumber())) {
            throw XuequProblem.invalid("idNumber", "error.workforce.id-number-fixed");
        }
        apply(fields, now, actor);
    }

    /** Moves the person to another unit from a date (rotation, transfer); the caller opens the posting. */
    void moveTo(long newUnitId, LocalDate from, Instant now, String actor) {
        if (status != StaffStatus.ACTIVE) {
            throw XuequProblem.invalid("status", "error.workforce.not-active");
        }
        this.unitId = newUnitId;
        this.atUnitSince = from;
        touch(now, actor);
    }

    public void leave(StaffStatus newStatus, Instant now, String actor) {
        this.status = newStatus;
        touch(now, actor);
    }

    /** Whole years at the current unit on a day: what rotation eligibility reads. */
    public int yearsAtUnit(LocalDate day) {
        return day.isBefore(atUnitSince) ? 0 : Period.between(atUnitSince, day).getYears();
    }

    public int age(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean isActive() {
        return status == StaffStatus.ACTIVE;
    }

    private void apply(StaffFields fields, Instant now, String actor) {
        this.staffNo = fields.staffNo() == null || fields.staffNo().isBlank()
                ? null
                : fields.staffNo().strip();
        this.name = fields.name().strip();
        this.post = fields.post();
        this.subject = fields.subject() == null || fields.subject().isBlank()
                ? null
                : fields.subject().strip();
        this.qualification = fields.qualification();
        this.title = fields.title();
        this.backbone = fields.backbone();
        this.specialism = fields.specialism();
        this.employedSince = fields.employedSince();
        this.atUnitSince = fields.atUnitSince();
        touch(now, actor);
    }

    private void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public long getUnitId() {
        return unitId;
    }

    public @Nullable String getStaffNo() {
        return staffNo;
    }

    public String getName() {
        return name;
    }

    /** Personal data: only the masking views may read it. */
    public String getIdNumber() {
        return idNumber;
    }

    public char getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Post getPost() {
        return post;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public Title getTitle() {
        return title;
    }

    public Backbone getBackbone() {
        return backbone;
    }

    public Specialism getSpecialism() {
        return specialism;
    }

    public @Nullable LocalDate getEmployedSince() {
        return employedSince;
    }

    public LocalDate getAtUnitSince() {
        return atUnitSince;
    }

    public StaffStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
