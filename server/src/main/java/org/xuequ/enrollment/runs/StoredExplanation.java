package org.xuequ.enrollment.runs;

import java.util.List;
import org.xuequ.engine.allocation.Explanation;

/**
 * The engine's explanation of one applicant as stored with the result: school ids as unit ids,
 * tiers as policy ranks, lottery numbers as unsigned decimal strings.
 */
public record StoredExplanation(Placement placement, List<Rejection> rejections) {

    public record Placement(Long unitId, int choice, String stage, int tier, int round, boolean guaranteed) {}

    public record Rejection(
            long unitId,
            int choice,
            String stage,
            String reason,
            int round,
            int tier,
            int cutoffTier,
            String cutoffLottery) {}

    static StoredExplanation of(Draw.Placement placement, int lowestTier) {
        Explanation why = placement.explanation();
        Placement where = placement.unitId() == null
                ? new Placement(null, 0, null, lowestTier, 0, false)
                : Draw.DISTRICT.equals(placement.stage())
                        ? new Placement(placement.unitId(), 0, Draw.DISTRICT, lowestTier, 0, false)
                        : new Placement(
                                placement.unitId(),
                                why.placement().choice(),
                                why.placement().guaranteed()
                                        ? Draw.GUARANTEED
                                        : why.placement().stage(),
                                Draw.rank(why.placement().tier(), lowestTier),
                                why.placement().round(),
                                why.placement().guaranteed());
        List<Rejection> rejections = why.rejections().stream()
                .map(r -> new Rejection(
                        Long.parseLong(r.schoolId()),
                        r.choice(),
                        r.stage(),
                        r.reason().name(),
                        r.round(),
                        Draw.rank(r.tier(), lowestTier),
                        Draw.rank(r.cutoffTier(), lowestTier),
                        Long.toUnsignedString(r.cutoffLottery())))
                .toList();
        return new StoredExplanation(where, rejections);
    }
}
