package org.xuequ.governance.charters;

/**
 * A charter version's life: {@code DRAFT → IN_REVIEW → APPROVED → SUPERSEDED} (by the next approved version);
 * a version in review may be returned to {@code DRAFT}. Only a draft's text may change.
 */
public enum CharterStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    SUPERSEDED;

    /** The steps a version may take. */
    public enum Step {
        SUBMIT,
        APPROVE,
        RETURN
    }

    public boolean allows(Step step) {
        return switch (step) {
            case SUBMIT -> this == DRAFT;
            case APPROVE, RETURN -> this == IN_REVIEW;
        };
    }

    public boolean open() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
