package org.xuequ.workforce.research;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** Something a group held (集体备课, 公开课, 专题研讨 …) at a unit, with who attended. */
@Entity
@Table(name = "workforce_research_activity")
public class ResearchActivity {

    public enum Kind {
        /** 集体备课 */
        LESSON_PREP,
        /** 公开课/研究课 */
        OPEN_LESSON,
        /** 专题研讨 */
        SEMINAR,
        /** 专家讲座 */
        LECTURE,
        /** 课题研讨 */
        PROJECT_MEETING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;
    private LocalDate heldOn;
    private long hostUnitId;
    private BigDecimal hours;
    private Instant createdAt;
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "workforce_research_attendance", joinColumns = @JoinColumn(name = "activity_id"))
    private Set<Participant> attendees = new LinkedHashSet<>();

    protected ResearchActivity() {}

    /** What the recorder enters. */
    public record Fields(Kind kind, String title, LocalDate heldOn, long hostUnitId, BigDecimal hours) {}

    ResearchActivity(long groupId, Fields f, Set<Participant> attendees, Instant now, String actor) {
        this.groupId = groupId;
        this.kind = f.kind();
        this.title = f.title().strip();
        this.heldOn = f.heldOn();
        this.hostUnitId = f.hostUnitId();
        this.hours = f.hours();
        this.attendees = new LinkedHashSet<>(attendees);
        this.createdAt = now;
        this.createdBy = actor;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public long getHostUnitId() {
        return hostUnitId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public Set<Participant> getAttendees() {
        return Set.copyOf(attendees);
    }
}
