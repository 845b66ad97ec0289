package org.xuequ.platform.access;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** The row exists but lies outside the caller's data scope: 403, never a silent empty answer. */
public class OutOfScopeException extends XuequProblem {

    public OutOfScopeException() {
        super(HttpStatus.FORBIDDEN, "problem.out-of-scope");
    }
}
