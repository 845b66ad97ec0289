package org.xuequ.engine.rotation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One school of the district with its full counts (candidates or not). Checked by {@link RotationSolver#solve}
 * (so that bad figures are reported naming the school rather than failing here).
 *
 * @param pupils pupils of the level the balance is assessed for; must be positive (leave out schools without
 *     pupils, as the balance calculator does)
 * @param backbone all its 县级及以上骨干教师, candidates included
 * @param peArt all its 体育、艺术专任教师, candidates included
 * @param maxOut teachers it may send at most
 * @param maxIn teachers it may receive at most
 * @param needs subject → teachers of that subject it would receive at most (an upper bound for every incoming
 *     teacher of a declared subject, wished-for or not); teachers of a subject it does not declare come only if
 *     they wished for it (or are locked to it)
 */
public record RotationSchool(
        String schoolId, double pupils, int backbone, int peArt, int maxOut, int maxIn, Map<String, Integer> needs) {

    public RotationSchool {
        // an insertion-ordered copy tolerant of null values until the solver reports them
        needs = Collections.unmodifiableMap(new LinkedHashMap<>(needs == null ? Map.of() : needs));
    }

    /** The need declared for a subject, 0 when none. */
    public int need(String subject) {
        Integer n = subject == null ? null : needs.get(subject);
        return n == null ? 0 : n;
    }
}
