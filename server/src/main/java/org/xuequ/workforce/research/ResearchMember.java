package org.xuequ.workforce.research;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person's membership of a group, with the unit they came from; one current membership per person and group. */
@Entity
@Table(name = "workforce_research_member")
public class ResearchMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;
    private long staffId;
    private long unitId;
    private boolean lead;
    private LocalDate joinedOn;

    @Nullable
    private LocalDate leftOn;

    protected ResearchMember() {}

    ResearchMember(long groupId, long staffId, long unitId, boolean lead, LocalDate joinedOn) {
        this.groupId = groupId;
        this.staffId = staffId;
        this.unitId = unitId;
        this.lead = lead;
        this.joinedOn = joinedOn;
    }

    /** Whether the person was a member on the day. */
    public boolean coversDay(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    /** Leaves the group on a day; the lead does not leave while the group runs. */
    void leave(LocalDate day) {
        this.leftOn = day.isBefore(joinedOn) ? joinedOn : day;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getStaffId() {
        return staffId;
    }

    public long getUnitId() {
        return unitId;
    }

    public boolean isLead() {
        return lead;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public @Nullable LocalDate getLeftOn() {
        return leftOn;
    }
}
