package org.xuequ.engine.rotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A rotation round: every school of the district (with full counts) and the eligible teachers. Moves stay inside
 * the district, so the district's mean of each indicator is fixed and only the spread between schools changes.
 */
public record RotationProblem(List<RotationSchool> schools, List<RotationTeacher> candidates, RotationRules rules) {

    public RotationProblem {
        schools = Collections.unmodifiableList(new ArrayList<>(schools == null ? List.of() : schools));
        candidates = Collections.unmodifiableList(new ArrayList<>(candidates == null ? List.of() : candidates));
        rules = rules == null ? RotationRules.none() : rules;
    }
}
