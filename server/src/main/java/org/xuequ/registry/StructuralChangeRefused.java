package org.xuequ.registry;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/**
 * A unit's own staff tried to change what the district office and the commission decide: its
 * district, type, seats' context, location. 403, naming each field, and nothing is written.
 */
public class StructuralChangeRefused extends XuequProblem {

    StructuralChangeRefused(List<String> fields) {
        super(HttpStatus.FORBIDDEN, fields.stream().map(field -> new FieldProblem(field, "error.structural-field")).toList(),
                "problem.structural-field");
    }
}
