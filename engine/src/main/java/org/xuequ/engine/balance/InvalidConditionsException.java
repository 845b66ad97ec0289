package org.xuequ.engine.balance;

/** Conditions that cannot be assessed, naming the school (null when none is to blame) and the field. */
public final class InvalidConditionsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String schoolId;
    private final String field;

    public InvalidConditionsException(String schoolId, String field, String message) {
        super(message);
        this.schoolId = schoolId;
        this.field = field;
    }

    public String schoolId() {
        return schoolId;
    }

    public String field() {
        return field;
    }
}
