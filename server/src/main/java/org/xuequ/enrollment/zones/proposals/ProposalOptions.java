package org.xuequ.enrollment.zones.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;

/**
 * What a proposal is generated with; kept on the proposal so that it can be re-solved with a lock more.
 *
 * @param kind SINGLE: one school per zone (the optimiser alone); MULTI: groups of neighbouring schools mixing
 *     quality grades (多校划片), the lottery deciding inside
 * @param groupSize schools per multi-school zone, 2–6 (MULTI only; default 3)
 * @param maxMovedShare at most this share (0–1) of all children may lose every school of their current zone;
 *     null: no cap
 * @param basis where the expected children of a block come from
 * @param timeLimitSeconds the optimiser's time, 1–120 s (default 10)
 * @param lockedBlocks block id → the school it must be zoned to (in MULTI: to that school's group)
 * @param lockedSchools schools (in MULTI: their groups) that keep exactly their current blocks
 */
public record ProposalOptions(
        ZoneKind kind,
        int groupSize,
        Double maxMovedShare,
        DemandBasis basis,
        int timeLimitSeconds,
        Map<Long, Long> lockedBlocks,
        Set<Long> lockedSchools) {

    public static final int DEFAULT_GROUP_SIZE = 3;
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

    /** Where a block's expected children come from. */
    public enum DemandBasis {
        /** The demand survey's count: registered children of age whose zoning block it is. */
        REGISTERED,
        /**
         * The survey's total spread by households: households × (registered children ÷ households of the
         * region), rounded. For a cycle whose registration is still under way.
         */
        HOUSEHOLDS
    }

    public ProposalOptions {
        lockedBlocks = Map.copyOf(new TreeMap<>(lockedBlocks));
        lockedSchools = Set.copyOf(new TreeSet<>(lockedSchools));
    }

    /** Checks the options as given (nulls take defaults); 400 naming every bad field. */
    public static ProposalOptions of(
            ZoneKind kind,
            Integer groupSize,
            Double maxMovedShare,
            DemandBasis basis,
            Integer timeLimitSeconds,
            Map<Long, Long> lockedBlocks,
            Set<Long> lockedSchools) {
        List<FieldProblem> errors = new ArrayList<>();
        ZoneKind k = kind == null ? ZoneKind.SINGLE : kind;
        int size = groupSize == null ? DEFAULT_GROUP_SIZE : groupSize;
        if (k == ZoneKind.MULTI && (size < 2 || size > 6)) {
            errors.add(new FieldProblem("groupSize", "error.zoning.group-size"));
        }
        if (maxMovedShare != null && !(maxMovedShare >= 0 && maxMovedShare <= 1)) {
            errors.add(new FieldProblem("maxMovedShare", "error.zoning.share"));
        }
        int limit = timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
        if (limit < 1 || limit > 120) {
            errors.add(new FieldProblem("timeLimitSeconds", "error.zoning.time-limit"));
        }
        Map<Long, Long> blocks =
                lockedBlocks == null ? new java.util.HashMap<>() : new java.util.HashMap<>(lockedBlocks);
        if (blocks.containsKey(null) || blocks.containsValue(null)) {
            errors.add(new FieldProblem("lockedBlocks", "error.required"));
        }
        Set<Long> schools = lockedSchools == null ? new java.util.HashSet<>() : new java.util.HashSet<>(lockedSchools);
        if (schools.contains(null)) {
            errors.add(new FieldProblem("lockedSchools", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        return new ProposalOptions(
                k,
                k == ZoneKind.MULTI ? size : 1,
                maxMovedShare,
                basis == null ? DemandBasis.REGISTERED : basis,
                limit,
                blocks,
                schools);
    }
}
