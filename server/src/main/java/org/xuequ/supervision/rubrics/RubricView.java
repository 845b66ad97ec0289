package org.xuequ.supervision.rubrics;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rubric as a tree: domains → items → criteria.
 *
 * @param inUse an inspection uses it: it may not be edited (409), only versioned
 * @param maxPoints the sum of its criteria's points
 */
public record RubricView(
        long id,
        long version,
        String name,
        int edition,
        @Nullable Long basedOnId,
        boolean inUse,
        BigDecimal maxPoints,
        int criterionCount,
        List<Domain> domains) {

    public record Domain(String code, String nameZh, String nameEn, BigDecimal maxPoints, List<Item> items) {}

    public record Item(String code, String nameZh, String nameEn, List<Criterion> criteria) {}

    public record Criterion(
            long id,
            String code,
            String textZh,
            String textEn,
            Scoring scoring,
            BigDecimal maxPoints,
            boolean evidenceRequired) {}
}
