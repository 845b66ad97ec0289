package org.xuequ.engine.rotation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The round's rules and the officials' decisions.
 *
 * @param minMoves at least this many moves in total (≥ 0)
 * @param maxMoves at most this many moves in total (≥ minMoves)
 * @param locked teacherId → school it must be at (its own school = must stay); a locked move need not be a
 *     wish or meet a declared need, but counts against maxOut, maxIn and the destination's need if declared
 * @param vetoed teacherId → schools it must not go to (never its own school)
 */
public record RotationRules(int minMoves, int maxMoves, Map<String, String> locked, Map<String, Set<String>> vetoed) {

    public RotationRules {
        locked = Collections.unmodifiableMap(new LinkedHashMap<>(locked == null ? Map.of() : locked));
        LinkedHashMap<String, Set<String>> copy = new LinkedHashMap<>();
        if (vetoed != null) {
            vetoed.forEach((teacher, schools) -> copy.put(
                    teacher, Collections.unmodifiableSet(new LinkedHashSet<>(schools == null ? Set.of() : schools))));
        }
        vetoed = Collections.unmodifiableMap(copy);
    }

    /** No minimum, no maximum (Integer.MAX_VALUE), nothing locked or vetoed. */
    public static RotationRules none() {
        return new RotationRules(0, Integer.MAX_VALUE, Map.of(), Map.of());
    }
}
