package org.xuequ.engine.rotation;

import java.util.List;

/**
 * One proposed move.
 *
 * @param wishRank 1-based rank of the destination among the teacher's wishes, 0 = not a wish
 * @param reasons why, in {@link MoveReason} declaration order
 */
public record RotationMove(
        String teacherId, String fromSchoolId, String toSchoolId, int wishRank, List<MoveReason> reasons) {

    public RotationMove {
        reasons = List.copyOf(reasons);
    }
}
