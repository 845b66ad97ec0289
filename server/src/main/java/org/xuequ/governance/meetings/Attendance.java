package org.xuequ.governance.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.xuequ.governance.bodies.RepresentativeKind;

/**
 * A member's attendance at a meeting: a copy of who they are when invited (so a later change of the body leaves the
 * record as it was) and whether they came.
 */
@Entity
@Table(name = "governance_attendance")
public class Attendance {

    public enum Status {
        EXPECTED,
        PRESENT,
        EXCUSED,
        ABSENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;
    private String personName;

    @Enumerated(EnumType.STRING)
    private RepresentativeKind kind;

    @Nullable
    private Long unitId;

    @Nullable
    private String username;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Nullable
    private Instant checkedInAt;

    @Nullable
    private String checkedInBy;

    protected Attendance() {}

    Attendance(
            long memberId,
            String personName,
            RepresentativeKind kind,
            @Nullable Long unitId,
            @Nullable String username) {
        this.memberId = memberId;
        this.personName = personName;
        this.kind = kind;
        this.unitId = unitId;
        this.username = username;
        this.status = Status.EXPECTED;
    }

    void mark(Status status, Instant now, String actor) {
        this.status = status;
        this.checkedInAt = status == Status.PRESENT ? now : null;
        this.checkedInBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getPersonName() {
        return personName;
    }

    public RepresentativeKind getKind() {
        return kind;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable Instant getCheckedInAt() {
        return checkedInAt;
    }
}
