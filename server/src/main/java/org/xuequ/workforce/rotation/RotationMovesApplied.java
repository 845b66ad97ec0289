package org.xuequ.workforce.rotation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.xuequ.platform.jobs.PeriodicTask;
import org.xuequ.platform.jobs.SystemTask;
import org.xuequ.workforce.staff.PostingReason;
import org.xuequ.workforce.staff.StaffDirectory;

/**
 * Approved moves reach the staff registry on the round's start date: the person's unit changes and a ROTATION
 * posting opens, once (the move records the day it was applied, in the same transaction).
 */
@Component
public class RotationMovesApplied implements PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(RotationMovesApplied.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RoundRepository rounds;
    private final MoveRepository moves;
    private final StaffDirectory staff;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RotationMovesApplied(
            RoundRepository rounds,
            MoveRepository moves,
            StaffDirectory staff,
            TransactionTemplate transactions,
            Clock clock) {
        this.rounds = rounds;
        this.moves = moves;
        this.staff = staff;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "workforce.rotation-moves";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        int applied = applyDue();
        if (applied > 0) {
            log.info("Applied {} rotation moves to the staff registry", applied);
        }
    }

    /** Applies every approved move whose start date has come; returns how many. */
    public int applyDue() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        return SystemTask.call(() -> transactions.execute(status -> {
            int applied = 0;
            for (RotationRound round : rounds.findByStatusAndStartsOnLessThanEqual(RoundStatus.APPROVED, today)) {
                for (RotationMoveRecord move : moves.findByRoundIdOrderByIdAsc(round.getId())) {
                    if (move.stands() && move.getAppliedOn() == null) {
                        // someone who left since the approval has nowhere to go: the move lapses
                        if (staff.get(move.getStaffId()).isActive()) {
                            staff.move(
                                    move.getStaffId(),
                                    move.getToUnitId(),
                                    round.getStartsOn(),
                                    PostingReason.ROTATION,
                                    move.getId(),
                                    "system");
                        }
                        move.applied(today);
                        applied++;
                    }
                }
            }
            return applied;
        }));
    }
}
