package org.xuequ.registry.units;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/**
 * A unit's own staff tried to change what the district office and the commission decide: its
 * district, type, seats' context, location. 403, naming each field, and nothing is written.
 */
public class StructuralChangeRefused extends XuequProblem {

    private final Set<StructuralField> fields;

    StructuralChangeRefused(Set<StructuralField> fields) {
        super(
                HttpStatus.FORBIDDEN,
                fields.stream()
                        .map(f -> new FieldProblem(f.field(), "error.structural-field"))
                        .toList(),
                "problem.structural-field");
        this.fields = Set.copyOf(fields);
    }

    public Set<StructuralField> fields() {
        return fields;
    }
}
