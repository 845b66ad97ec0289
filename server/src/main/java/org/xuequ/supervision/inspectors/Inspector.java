package org.xuequ.supervision.inspectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An inspector (督学) or liaison (视导员) of a region, with the districts and units it answers for. */
@Entity
@Table(name = "supervision_inspector")
public class Inspector {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    @Nullable
    private Long districtId;

    @Enumerated(EnumType.STRING)
    private InspectorKind kind;

    private String personName;

    @Nullable
    private String username;

    @Nullable
    private LocalDate appointedOn;

    @Nullable
    private LocalDate delegatedOn;

    @Nullable
    private LocalDate endsOn;

    @Nullable
    private Integer sourcePosition;

    private Instant updatedAt;
    private String updatedBy;

    @ElementCollection
    @CollectionTable(name = "supervision_assignment", joinColumns = @JoinColumn(name = "inspector_id"))
    @OrderColumn(name = "position")
    private List<Assignment> assignments = new ArrayList<>();

    protected Inspector() {}

    Inspector(String regionCode, InspectorFields fields, @Nullable Integer sourcePosition, Instant now, String actor) {
        this.regionCode = regionCode;
        this.sourcePosition = sourcePosition;
        revise(fields, now, actor);
    }

    void revise(InspectorFields f, Instant now, String actor) {
        this.kind = f.kind();
        this.personName = f.personName().strip();
        this.districtId = f.districtId();
        this.username = f.username() == null || f.username().isBlank()
                ? null
                : f.username().strip();
        this.appointedOn = f.appointedOn();
        this.delegatedOn = f.delegatedOn();
        this.endsOn = f.endsOn();
        touch(now, actor);
    }

    void assign(List<Assignment> newAssignments, Instant now, String actor) {
        assignments.clear();
        assignments.addAll(newAssignments);
        touch(now, actor);
    }

    /** In office on the day: appointed (or no date recorded) and not yet ended. */
    public boolean inOffice(LocalDate day) {
        return (appointedOn == null || !appointedOn.isAfter(day)) && (endsOn == null || !endsOn.isBefore(day));
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

    public @Nullable Long getDistrictId() {
        return districtId;
    }

    public InspectorKind getKind() {
        return kind;
    }

    public String getPersonName() {
        return personName;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public @Nullable Integer getSourcePosition() {
        return sourcePosition;
    }

    public InspectorFields fields() {
        return new InspectorFields(kind, personName, districtId, username, appointedOn, delegatedOn, endsOn);
    }

    public List<Assignment> getAssignments() {
        return List.copyOf(assignments);
    }
}
