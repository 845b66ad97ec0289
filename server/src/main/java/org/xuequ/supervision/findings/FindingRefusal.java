package org.xuequ.supervision.findings;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a finding refuses a step; the one place these become problem details (409 unless said otherwise). */
public enum FindingRefusal {
    /** The status does not allow the step (arguments: status, step), e.g. closing an unanswered order. */
    TRANSITION("problem.supervision-finding-transition", HttpStatus.CONFLICT),
    /** A unit answers a finding but never edits it. */
    UNIT_MAY_NOT_EDIT("problem.supervision-finding-unit-may-not-edit", HttpStatus.CONFLICT),
    /** Only an OPEN finding is edited (argument: status). */
    NOT_EDITABLE("problem.supervision-finding-not-editable", HttpStatus.CONFLICT),
    /** A general finding is not escalated. */
    NOT_ESCALATABLE("problem.supervision-finding-not-escalatable", HttpStatus.CONFLICT),
    /** A major or hard finding is escalated, then ordered by the commission. */
    MUST_ESCALATE("problem.supervision-finding-must-escalate", HttpStatus.CONFLICT),
    /** A finding whose recheck failed is reopened, not closed. */
    RECHECK_FAILED("problem.supervision-finding-recheck-failed", HttpStatus.CONFLICT),
    /** A finding whose recheck passed is closed, not reopened. */
    RECHECK_PASSED("problem.supervision-finding-recheck-passed", HttpStatus.CONFLICT),
    /** A rectification notice for a major or hard finding is issued by the commission (教育行政部门). */
    COMMISSION_ORDERS("problem.supervision-finding-commission-orders", HttpStatus.FORBIDDEN),
    /** The step is another party's (argument: the step), e.g. an inspector answering for the unit. */
    NOT_YOUR_STEP("problem.supervision-finding-not-your-step", HttpStatus.FORBIDDEN),
    /** The version sent is not the current one. */
    STALE("problem.stale", HttpStatus.CONFLICT);

    private final String key;
    private final HttpStatus status;

    FindingRefusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status, key, arguments);
    }
}
