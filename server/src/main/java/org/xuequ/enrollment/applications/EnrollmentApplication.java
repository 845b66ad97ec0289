package org.xuequ.enrollment.applications;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** 志愿: a child's ranked school choices in one cycle, submitted by the family or the office for them. */
@Entity
public class EnrollmentApplication implements Scoped {

    public enum Status {
        SUBMITTED,
        WITHDRAWN
    }

    public enum SubmittedBy {
        FAMILY,
        OFFICE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private long cycleId;

    private long childId;

    private Long districtId;

    /** 报名号: public, results are published by it; the lottery number is drawn from it. */
    private String number;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private SubmittedBy submittedBy;

    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrollment_application_choice", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "rank", nullable = false)
    @Column(name = "unit_id")
    private List<Long> choices = new ArrayList<>();

    protected EnrollmentApplication() {}

    EnrollmentApplication(SchoolAgeChild child, String number) {
        this.regionCode = child.getRegionCode();
        this.cycleId = child.getCycleId();
        this.childId = child.getId();
        this.districtId = child.getDistrictId();
        this.number = number;
    }

    void submit(List<Long> choices, SubmittedBy by, Instant at) {
        this.choices.clear();
        this.choices.addAll(choices);
        this.status = Status.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void withdraw() {
        this.status = Status.WITHDRAWN;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), null);
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

    public long getCycleId() {
        return cycleId;
    }

    public long getChildId() {
        return childId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getNumber() {
        return number;
    }

    public Status getStatus() {
        return status;
    }

    public SubmittedBy getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Long> getChoices() {
        return List.copyOf(choices);
    }
}
