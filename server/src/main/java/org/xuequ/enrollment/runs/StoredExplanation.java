package org.xuequ.enrollment.runs;

import java.util.List;
import org.xuequ.engine.allocation.Explanation;

/**
 * The engine's explanation of one applicant as stored with the result: school ids as unit ids,
 * tiers as policy ranks, lottery numbers as unsigned decimal strings; {@code region} what the region
 * stage did, null when the applicant did not reach it (and in results stored before it existed).
 */
public record StoredExplanation(Placement placement, List<Rejection> rejections, Region region) {

    /**
     * The region stage's account: the school and its distance from the child's address block, or none.
     *
     * @param unitId the school; null when the stage found no seat
     * @param metres great-circle metres to it; null without a school
     * @param located whether the child's address block has a position
     */
    public record Region(Long unitId, Double metres, boolean located) {}

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
                : Draw.DISTRICT.equals(placement.stage()) || Draw.REGION.equals(placement.stage())
                        ? new Placement(placement.unitId(), 0, placement.stage(), lowestTier, 0, false)
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
        Explanation.NearestSeat nearest = placement.region();
        Region region = nearest == null
                ? null
                : new Region(
                        nearest.placed() ? Long.parseLong(nearest.schoolId()) : null,
                        nearest.placed() ? nearest.metres() : null,
                        nearest.located());
        return new StoredExplanation(where, rejections, region);
    }
}
