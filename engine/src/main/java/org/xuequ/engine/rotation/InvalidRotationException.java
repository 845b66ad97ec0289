package org.xuequ.engine.rotation;

/**
 * A rotation problem that cannot be solved as given, naming the row (a teacher or a school; both null for the
 * rules' totals) and the field, by its CSV column name: {@code school_id}, {@code pupils}, {@code backbone},
 * {@code pe_art}, {@code max_out}, {@code max_in}, {@code needs}, {@code teacher_id}, {@code subject},
 * {@code wishes}, {@code min_moves}, {@code max_moves}, {@code locked}, {@code vetoed}.
 */
public final class InvalidRotationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String teacherId;
    private final String schoolId;
    private final String field;

    public InvalidRotationException(String teacherId, String schoolId, String field, String message) {
        super(message);
        this.teacherId = teacherId;
        this.schoolId = schoolId;
        this.field = field;
    }

    /** The teacher row at fault, or null. */
    public String teacherId() {
        return teacherId;
    }

    /** The school row at fault (when no teacher is), or null. */
    public String schoolId() {
        return schoolId;
    }

    public String field() {
        return field;
    }
}
