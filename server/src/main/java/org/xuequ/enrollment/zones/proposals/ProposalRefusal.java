package org.xuequ.enrollment.zones.proposals;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a step on a zoning proposal was refused, and the one place each reason becomes a problem (409). */
public enum ProposalRefusal {
    /** It is the cycle's zoning already. */
    ALREADY_ADOPTED("problem.zoning-already-adopted");

    private final String messageKey;

    ProposalRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public XuequProblem problem() {
        return new XuequProblem(HttpStatus.CONFLICT, messageKey);
    }
}
