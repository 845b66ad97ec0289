package org.xuequ.engine.allocation;

import java.util.List;
import java.util.Locale;

/**
 * Why an applicant got their school and not one they preferred: for each preferred school, the stage
 * (and BOSTON round) in which they competed for it and that school's cutoff against their own
 * (tier, lottery number). Smaller is better in both. A NEAREST stage (区级统筹) ignores preferences, so
 * it gives no rejections; what it did for the applicant is {@code nearest}.
 *
 * @param nearest the account of the NEAREST stage the applicant reached; null if they reached none
 */
public record Explanation(
        String applicantId, long lottery, Placement placement, List<Rejection> rejections, NearestSeat nearest) {

    public Explanation(String applicantId, long lottery, Placement placement, List<Rejection> rejections) {
        this(applicantId, lottery, placement, rejections, null);
    }

    public enum Reason {
        /** The school's seats went to applicants with a better (tier, lottery). */
        OUTRANKED,
        /** The school had no seat left for this applicant when they applied. */
        NO_SEATS,
        /** No stage in which the applicant took part offered this school. */
        NOT_OFFERED
    }

    /**
     * Where the applicant was placed. {@code schoolId} is null if nowhere; {@code choice} is the
     * 1-based position in their list; {@code stage} is null when a pre-assigned seat was kept
     * without any stage offering it; {@code round} is the BOSTON round or 0.
     */
    public record Placement(String schoolId, int choice, String stage, int tier, int round, boolean guaranteed) {}

    /**
     * What a NEAREST stage did for an applicant still unplaced when it ran: the school it gave them and
     * how far it is, or none — because no school of the stage had a seat left, or because the applicant
     * has no location.
     *
     * @param schoolId the school, or null
     * @param metres great-circle metres from the applicant's location to the school; NaN without a school
     * @param located whether the applicant's location was known
     */
    public record NearestSeat(String stage, String schoolId, double metres, boolean located) {

        public boolean placed() {
            return schoolId != null;
        }
    }

    /** A more preferred school the applicant did not get, in one stage. */
    public record Rejection(
            String schoolId,
            int choice,
            String stage,
            Reason reason,
            int round,
            int tier,
            int cutoffTier,
            long cutoffLottery) {}

    /** A plain-language account, one line per fact. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Applicant ")
                .append(applicantId)
                .append(", lottery number ")
                .append(Long.toUnsignedString(lottery))
                .append('\n');
        if (placement.schoolId() == null) {
            text.append("Not placed.\n");
        } else if (nearest != null && nearest.placed()) {
            text.append("Placed at ")
                    .append(placement.schoolId())
                    .append(" in stage ")
                    .append(placement.stage())
                    .append(": the nearest school with a seat left, ")
                    .append(String.format(Locale.ROOT, "%.1f", nearest.metres() / 1000))
                    .append(" km away.\n");
        } else if (placement.guaranteed()) {
            text.append("Placed at ")
                    .append(placement.schoolId())
                    .append(" (choice ")
                    .append(placement.choice())
                    .append("): pre-assigned seat")
                    .append(placement.stage() == null ? ", kept" : " in stage " + placement.stage())
                    .append(".\n");
        } else {
            text.append("Placed at ")
                    .append(placement.schoolId())
                    .append(" (choice ")
                    .append(placement.choice())
                    .append(") in stage ")
                    .append(placement.stage())
                    .append(placement.round() > 0 ? ", round " + placement.round() : "")
                    .append(", with tier ")
                    .append(tierText(placement.tier()))
                    .append(".\n");
        }
        for (Rejection r : rejections) {
            text.append("Not placed at ")
                    .append(r.schoolId())
                    .append(" (choice ")
                    .append(r.choice())
                    .append(")");
            switch (r.reason()) {
                case NOT_OFFERED -> text.append(": not offered in any stage you took part in.\n");
                case NO_SEATS ->
                    text.append(" in stage ")
                            .append(r.stage())
                            .append(r.round() > 0 ? ", round " + r.round() : "")
                            .append(": no seat left.\n");
                case OUTRANKED ->
                    text.append(" in stage ")
                            .append(r.stage())
                            .append(r.round() > 0 ? ", round " + r.round() : "")
                            .append(": its last admitted applicant had tier ")
                            .append(tierText(r.cutoffTier()))
                            .append(", lottery ")
                            .append(Long.toUnsignedString(r.cutoffLottery()))
                            .append("; you had tier ")
                            .append(tierText(r.tier()))
                            .append(", lottery ")
                            .append(Long.toUnsignedString(lottery))
                            .append(".\n");
            }
        }
        if (nearest != null && !nearest.placed()) {
            text.append("Not placed in stage ")
                    .append(nearest.stage())
                    .append(nearest.located() ? ": no school had a seat left.\n" : ": no location was given.\n");
        }
        return text.toString();
    }

    private static String tierText(int tier) {
        return switch (tier) {
            case PriorityTier.NONE -> "none";
            case PriorityTier.GUARANTEED -> "guaranteed";
            default -> Integer.toString(tier);
        };
    }
}
