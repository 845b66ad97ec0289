package org.xuequ.supervision.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xuequ.registry.SchoolYear;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.Term;

/**
 * The points ledger as a function of the records and the rules, without Spring or a database: every entry names
 * its rule and its source record, so re-deriving the ledger gives the same entries, never more.
 */
public final class PointsCalculation {

    private PointsCalculation() {}

    /** A submitted inspection. {@code rate} is its score as a percentage; {@code self} a unit's self-supervision. */
    public record InspectionFact(
            long id,
            long districtId,
            long unitId,
            boolean self,
            LocalDate visitedOn,
            @Nullable BigDecimal rate) {}

    /** A finding and where its loop stands. */
    public record FindingFact(
            long id,
            long districtId,
            long unitId,
            Severity severity,
            LocalDate foundOn,
            boolean relapse,
            boolean overdue,
            @Nullable LocalDate deadline,
            @Nullable LocalDate closedOn) {}

    /** One ledger entry: the rule it applies and the record it comes from. */
    public record Entry(
            RuleKind kind,
            String sourceType,
            long sourceId,
            long districtId,
            long unitId,
            int year,
            LocalDate occurredOn,
            BigDecimal points) {}

    /** A rule's value; {@code threshold} only for INSPECTION_SCORE. */
    public record Rule(BigDecimal points, @Nullable BigDecimal threshold) {}

    public static List<Entry> entries(
            Map<RuleKind, Rule> rules, List<InspectionFact> inspections, List<FindingFact> findings) {
        List<Entry> out = new ArrayList<>();
        Set<String> selfTerms = new HashSet<>();
        inspections.stream()
                .sorted(java.util.Comparator.comparing(InspectionFact::visitedOn)
                        .thenComparing(InspectionFact::id))
                .forEach(i -> {
                    if (i.self()) {
                        // One self-supervision counts per unit and term, however many the unit runs.
                        if (selfTerms.add(i.unitId() + "/" + Term.of(i.visitedOn()))) {
                            out.add(entry(
                                    RuleKind.SELF_SUPERVISION,
                                    "INSPECTION",
                                    i.id(),
                                    i.districtId(),
                                    i.unitId(),
                                    i.visitedOn(),
                                    rules.get(RuleKind.SELF_SUPERVISION).points()));
                        }
                    } else if (i.rate() != null) {
                        Rule rule = rules.get(RuleKind.INSPECTION_SCORE);
                        BigDecimal threshold = rule.threshold() == null ? BigDecimal.ZERO : rule.threshold();
                        BigDecimal points = i.rate().subtract(threshold).multiply(rule.points());
                        out.add(entry(
                                RuleKind.INSPECTION_SCORE,
                                "INSPECTION",
                                i.id(),
                                i.districtId(),
                                i.unitId(),
                                i.visitedOn(),
                                points));
                    }
                });
        for (FindingFact f : findings) {
            RuleKind severity = switch (f.severity()) {
                case GENERAL -> RuleKind.GENERAL_FINDING;
                case MAJOR -> RuleKind.MAJOR_FINDING;
                case HARD -> RuleKind.HARD_FINDING;
            };
            out.add(entry(
                    severity,
                    "FINDING",
                    f.id(),
                    f.districtId(),
                    f.unitId(),
                    f.foundOn(),
                    rules.get(severity).points()));
            if (f.relapse()) {
                out.add(entry(
                        RuleKind.RELAPSE,
                        "FINDING",
                        f.id(),
                        f.districtId(),
                        f.unitId(),
                        f.foundOn(),
                        rules.get(RuleKind.RELAPSE).points()));
            }
            if (f.overdue() && f.deadline() != null) {
                out.add(entry(
                        RuleKind.OVERDUE,
                        "FINDING",
                        f.id(),
                        f.districtId(),
                        f.unitId(),
                        f.deadline().plusDays(1),
                        rules.get(RuleKind.OVERDUE).points()));
            }
            if (f.closedOn() != null && !f.overdue()) {
                out.add(entry(
                        RuleKind.CLOSED_ON_TIME,
                        "FINDING",
                        f.id(),
                        f.districtId(),
                        f.unitId(),
                        f.closedOn(),
                        rules.get(RuleKind.CLOSED_ON_TIME).points()));
            }
        }
        return out;
    }

    private static Entry entry(
            RuleKind kind, String type, long id, long district, long unit, LocalDate on, BigDecimal points) {
        return new Entry(
                kind, type, id, district, unit, SchoolYear.of(on), on, points.setScale(2, RoundingMode.HALF_UP));
    }
}
