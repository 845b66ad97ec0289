package org.xuequ.engine.allocation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One batch (批次) of an allocation run, e.g. 一批次 就近登记入学, 二批次 全区派位, 三批次 学区派位: it
 * allocates the applicants not placed by earlier stages to the seats its schools have left, with its
 * own mechanism. Applicants keep their preferences; schools outside the stage are skipped.
 */
public final class Stage {

    private final String name;
    private final Mechanism mechanism;
    private final Set<String> schoolIds; // null: every school

    private Stage(String name, Mechanism mechanism, Set<String> schoolIds) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stage needs a name");
        }
        this.name = name;
        this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
        this.schoolIds = schoolIds;
    }

    /** A stage over every school of the market. */
    public static Stage of(String name, Mechanism mechanism) {
        return new Stage(name, mechanism, null);
    }

    /** A stage over the given schools. */
    public static Stage of(String name, Mechanism mechanism, Collection<String> schoolIds) {
        Set<String> ids = new LinkedHashSet<>(schoolIds);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("stage " + name + " has no schools");
        }
        return new Stage(name, mechanism, Collections.unmodifiableSet(ids));
    }

    public String name() {
        return name;
    }

    public Mechanism mechanism() {
        return mechanism;
    }

    public boolean coversAllSchools() {
        return schoolIds == null;
    }

    /** The stage's schools; empty when it covers all of them. */
    public Set<String> schoolIds() {
        return schoolIds == null ? Set.of() : schoolIds;
    }

    boolean[] schoolsIn(Market market) {
        boolean[] in = new boolean[market.schoolCount()];
        if (schoolIds == null) {
            java.util.Arrays.fill(in, true);
            return in;
        }
        for (String id : schoolIds) {
            int s = market.schoolIndex(id);
            if (s < 0) {
                throw new InvalidMarketException("stage " + name + " lists unknown school " + id);
            }
            in[s] = true;
        }
        return in;
    }

    @Override
    public String toString() {
        return name + " (" + mechanism + (schoolIds == null ? ", all schools)" : ", " + schoolIds.size() + " schools)");
    }
}
