package org.xuequ.enrollment.cycles;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/** Why a change to a cycle's inputs was refused, and the one place each reason becomes a problem. */
public enum CycleRefusal {
    /** Past the deadline (applications) or frozen by a committed run (applications and zones). */
    CLOSED("problem.enrollment-closed"),
    /** A committed run froze the cycle's draw settings (the region stage switch). */
    FROZEN("problem.cycle-frozen");

    private final String messageKey;

    CycleRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public XuequProblem problem() {
        return new XuequProblem(HttpStatus.CONFLICT, messageKey);
    }
}
