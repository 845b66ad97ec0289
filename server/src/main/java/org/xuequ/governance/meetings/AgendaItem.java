package org.xuequ.governance.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An item of a meeting's agenda and, once decided, its outcome; part of the {@link Meeting} aggregate. */
@Entity
@Table(name = "governance_agenda_item")
public class AgendaItem {

    /** What the item is (seed 003 §二(二)4: department reports, the inspectors' findings). */
    public enum Kind {
        DEPARTMENT_REPORT,
        INSPECTOR_FINDING,
        PROPOSAL,
        /** an undone action of an earlier meeting, heard again until done */
        CARRIED_ACTION,
        /** 述职: a department head's annual report */
        HEAD_REPORT,
        /** the committee's review of an annual work plan */
        WORK_PLAN_REVIEW,
        OTHER_BUSINESS
    }

    /** How the item was decided: by vote, by consensus, or heard and noted (a report). */
    public enum Mode {
        VOTE,
        CONSENSUS,
        NOTED
    }

    public enum Outcome {
        APPROVED,
        REJECTED,
        NOTED,
        DEFERRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;

    @Nullable
    private String detail;

    @Nullable
    private String presenter;

    @Nullable
    private Long sourceId;

    @Nullable
    @Enumerated(EnumType.STRING)
    private Mode decisionMode;

    @Nullable
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Nullable
    private String resolution;

    @Nullable
    private Integer votesFor;

    @Nullable
    private Integer votesAgainst;

    @Nullable
    private Integer votesAbstain;

    @Nullable
    private Instant decidedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "item_id", nullable = false)
    private List<Vote> votes = new ArrayList<>();

    protected AgendaItem() {}

    AgendaItem(
            int position,
            Kind kind,
            String title,
            @Nullable String detail,
            @Nullable String presenter,
            @Nullable Long sourceId) {
        this.position = position;
        this.kind = kind;
        this.sourceId = sourceId;
        revise(title, detail, presenter);
    }

    void revise(String title, @Nullable String detail, @Nullable String presenter) {
        this.title = title.strip();
        this.detail = detail;
        this.presenter = presenter;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void vote(long attendanceId, Vote.Choice choice, Instant now, String actor) {
        Optional<Vote> cast =
                votes.stream().filter(v -> v.getAttendanceId() == attendanceId).findFirst();
        if (cast.isPresent()) {
            cast.get().recast(choice, now, actor);
        } else {
            votes.add(new Vote(attendanceId, choice, now, actor));
        }
    }

    void decide(Mode mode, Outcome outcome, @Nullable String resolution, @Nullable int[] tally, Instant now) {
        this.decisionMode = mode;
        this.outcome = outcome;
        this.resolution = resolution == null || resolution.isBlank() ? null : resolution.strip();
        if (tally != null) {
            this.votesFor = tally[0];
            this.votesAgainst = tally[1];
            this.votesAbstain = tally[2];
        }
        this.decidedAt = now;
    }

    /** Votes for, against, abstaining, among the votes of members still present. */
    int[] tally(java.util.Set<Long> presentAttendance) {
        int[] t = new int[3];
        for (Vote v : votes) {
            if (presentAttendance.contains(v.getAttendanceId())) {
                t[v.getChoice().ordinal()]++;
            }
        }
        return t;
    }

    public boolean decided() {
        return outcome != null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable String getPresenter() {
        return presenter;
    }

    public @Nullable Long getSourceId() {
        return sourceId;
    }

    public @Nullable Mode getDecisionMode() {
        return decisionMode;
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public @Nullable String getResolution() {
        return resolution;
    }

    public @Nullable Integer getVotesFor() {
        return votesFor;
    }

    public @Nullable Integer getVotesAgainst() {
        return votesAgainst;
    }

    public @Nullable Integer getVotesAbstain() {
        return votesAbstain;
    }

    public List<Vote> getVotes() {
        return List.copyOf(votes);
    }
}
