package org.xuequ.governance.meetings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One member's vote on an agenda item; a member votes once per item (a second vote replaces the first). */
@Entity
@Table(name = "governance_vote")
public class Vote {

    public enum Choice {
        FOR,
        AGAINST,
        ABSTAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long attendanceId;

    @Enumerated(EnumType.STRING)
    private Choice choice;

    private Instant castAt;
    private String castBy;

    protected Vote() {}

    Vote(long attendanceId, Choice choice, Instant now, String actor) {
        this.attendanceId = attendanceId;
        recast(choice, now, actor);
    }

    void recast(Choice choice, Instant now, String actor) {
        this.choice = choice;
        this.castAt = now;
        this.castBy = actor;
    }

    public long getAttendanceId() {
        return attendanceId;
    }

    public Choice getChoice() {
        return choice;
    }
}
