package org.xuequ.engine.rotation;

import java.util.EnumSet;
import java.util.List;
import org.xuequ.engine.balance.IndicatorResult;

/** A move's reasons from its facts; the district's figures are those before the round. */
final class MoveReasons {

    private final Round round;
    private final IndicatorResult[] before;
    private final boolean minimumBinds;

    MoveReasons(Round round, IndicatorResult[] before, int moveCount) {
        this.round = round;
        this.before = before;
        int min = round.problem.rules().minMoves();
        this.minimumBinds = min > 0 && moveCount == min;
    }

    List<MoveReason> of(int t, int to) {
        EnumSet<MoveReason> reasons = EnumSet.noneOf(MoveReason.class);
        RotationTeacher teacher = round.teacher(t);
        int from = round.home[t];
        if (teacher.wishRank(round.schoolIds[to]) > 0) {
            reasons.add(MoveReason.HONOURS_WISH);
        }
        if (round.school(to).need(teacher.subject()) > 0) {
            reasons.add(MoveReason.MEETS_SUBJECT_NEED);
        }
        if (round.lock[t] == to) {
            reasons.add(MoveReason.LOCKED_BY_OFFICIAL);
        }
        if (teacher.backbone()) {
            balance(
                    RotationTarget.BACKBONE_TEACHERS,
                    from,
                    to,
                    reasons,
                    MoveReason.RAISES_BACKBONE_WHERE_LOW,
                    MoveReason.EASES_BACKBONE_WHERE_HIGH);
        }
        if (teacher.peArt()) {
            balance(
                    RotationTarget.PE_ART_TEACHERS,
                    from,
                    to,
                    reasons,
                    MoveReason.RAISES_PE_ART_WHERE_LOW,
                    MoveReason.EASES_PE_ART_WHERE_HIGH);
        }
        EnumSet<MoveReason> causes = EnumSet.copyOf(reasons);
        causes.remove(MoveReason.MEETS_SUBJECT_NEED); // a need permits a move, it does not cause one
        if (minimumBinds && causes.isEmpty()) {
            reasons.add(MoveReason.NEEDED_FOR_MINIMUM_MOVES);
        }
        return List.copyOf(reasons);
    }

    private void balance(
            RotationTarget target, int from, int to, EnumSet<MoveReason> reasons, MoveReason low, MoveReason high) {
        IndicatorResult result = before[target.ordinal()];
        if (!(result.value() > 0)) {
            return;
        }
        if (result.terms().get(to).value() < result.value()) {
            reasons.add(low);
        }
        if (result.terms().get(from).value() > result.value()) {
            reasons.add(high);
        }
    }
}
