package org.xuequ.supervision.rubrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.xuequ.platform.XuequProblem.FieldProblem;

/**
 * What makes a template well formed, for the form and the import alike: at least one criterion, criterion codes
 * unique, a domain code naming one domain, an item code naming one item of one domain.
 */
final class RubricRules {

    private RubricRules() {}

    /**
     * @param field names the offending field of row {@code i} (a JSON path for the form, a column for the import)
     * @param row the 1-based file row of criterion {@code i}, or null for the form
     */
    static List<FieldProblem> check(List<CriterionFields> criteria, Namer field, IntFunction<Integer> row) {
        List<FieldProblem> errors = new ArrayList<>();
        if (criteria.isEmpty()) {
            errors.add(new FieldProblem("criteria", "error.supervision.no-criteria"));
            return errors;
        }
        Set<String> codes = new HashSet<>();
        Map<String, String> domains = new HashMap<>();
        Map<String, String> items = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionFields c = criteria.get(i);
            if (!codes.add(c.code().strip())) {
                errors.add(new FieldProblem(field.name(i, "code"), "error.supervision.duplicate-code", row.apply(i)));
            }
            String domain = c.domainZh().strip() + "|" + c.domainEn().strip();
            String known = domains.putIfAbsent(c.domainCode().strip(), domain);
            if (known != null && !known.equals(domain)) {
                errors.add(new FieldProblem(
                        field.name(i, "domainZh"), "error.supervision.domain-names-differ", row.apply(i)));
            }
            String item = c.domainCode().strip() + "|" + c.itemZh().strip() + "|"
                    + c.itemEn().strip();
            String knownItem = items.putIfAbsent(c.itemCode().strip(), item);
            if (knownItem != null && !knownItem.equals(item)) {
                errors.add(
                        new FieldProblem(field.name(i, "itemZh"), "error.supervision.item-names-differ", row.apply(i)));
            }
        }
        return errors;
    }

    /** Names field {@code property} of criterion {@code i}. */
    interface Namer {
        String name(int i, String property);
    }
}
