package org.xuequ.evaluation.assessment;

import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/**
 * Why an assessment step is refused: one problem type per rule (urn:xuequ:problem: and the key
 * without "problem."), all 409 because the request is well-formed but the state refuses it. The one
 * place where assessment and weak-unit refusals become problem details and message keys.
 */
public enum AssessmentRefusal {
    /** A scheme used by a cycle is never edited; copy it as a new version. */
    SCHEME_IN_USE("problem.scheme-in-use"),
    /** The region has a cycle for the year already (argument: year). */
    CYCLE_EXISTS("problem.cycle-exists"),
    /** The cycle is finalised; nothing in it changes any more. */
    CYCLE_FINALISED("problem.cycle-finalised"),
    /** The cycle finalises only when every unit is final (argument: how many are not). */
    UNITS_NOT_FINAL("problem.units-not-final"),
    /** Commendations follow the final results. */
    CYCLE_NOT_FINALISED("problem.cycle-not-finalised"),
    /** A member unit is finalised only after its central unit's opinion was heard. */
    CENTRAL_OPINION_MISSING("problem.central-opinion-missing"),
    /** A unit is finalised only with a score for every criterion (argument: how many are missing). */
    SCORES_MISSING("problem.scores-missing"),
    /** The unit's result is final: no opinion changes any more. */
    OPINION_AFTER_FINAL("problem.opinion-after-final"),
    /** The unit's result is final: no score changes any more. */
    SCORES_AFTER_FINAL("problem.scores-after-final"),
    /** The unit's result is final already. */
    UNIT_FINAL("problem.unit-final"),
    /** Only member units of a district with a central unit get a central unit's opinion. */
    OPINION_NOT_MEMBER("problem.opinion-not-member"),
    /** A unit has at most one open weak-unit file. */
    WEAK_FILE_OPEN("problem.weak-file-open"),
    /** The weak-unit file is closed: its plan changes no more. */
    WEAK_FILE_CLOSED("problem.weak-file-closed"),
    /** A weak-unit file closes only when every measure is reviewed (argument: how many are not). */
    MEASURES_OPEN("problem.measures-open"),
    /** The measure's state does not allow the step (arguments: current state, the step). */
    MEASURE_TRANSITION("problem.measure-transition");

    private final String key;

    AssessmentRefusal(String key) {
        this.key = key;
    }

    /** The problem's message key; its type is urn:xuequ:problem: and the key without "problem.". */
    public String key() {
        return key;
    }

    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    public XuequProblem problem(Object... arguments) {
        return new XuequProblem(status(), key, arguments);
    }
}
