package org.xuequ.engine.rotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An eligible teacher (a candidate for rotation), at its current school.
 *
 * @param subject its subject, matched against the schools' {@link RotationSchool#needs()}; null when it has
 *     none (then it can only go where it wished or is locked)
 * @param backbone counts for the backbone indicator (骨干教师, any level)
 * @param peArt counts for the PE/art indicator (体育、艺术专任教师)
 * @param wishes ranked destination school ids, first = most wanted; may be empty; never its own school
 */
public record RotationTeacher(
        String teacherId, String schoolId, String subject, boolean backbone, boolean peArt, List<String> wishes) {

    public RotationTeacher {
        // a copy tolerant of null elements until the solver reports them
        wishes = Collections.unmodifiableList(new ArrayList<>(wishes == null ? List.of() : wishes));
    }

    /** 1-based rank of a school among the wishes, 0 when not wished for. */
    public int wishRank(String school) {
        return wishes.indexOf(school) + 1;
    }
}
