package org.xuequ.governance.bodies;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a body's meeting may decide, as data kept with the body: how many of its members must be present, which
 * kinds of representative must be among them, and what share of the votes carries a proposal.
 *
 * @param share how many members must be present
 * @param requiredKinds kinds of representative that must each have at least one member present (a council: all five)
 * @param approval what carries a vote
 */
public record QuorumRule(Share share, Set<RepresentativeKind> requiredKinds, Approval approval) {

    public QuorumRule {
        requiredKinds = requiredKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requiredKinds));
    }

    /** How many of the members must be present. */
    public enum Share {
        /** at least one */
        ANY,
        /** more than half */
        MAJORITY,
        /** at least two thirds */
        TWO_THIRDS,
        ALL;

        public int needed(int members) {
            return switch (this) {
                case ANY -> Math.min(1, members);
                case MAJORITY -> members / 2 + 1;
                case TWO_THIRDS -> (2 * members + 2) / 3;
                case ALL -> members;
            };
        }
    }

    /** What carries a vote. */
    public enum Approval {
        /** more votes for than half of those present */
        MAJORITY_OF_PRESENT,
        /** at least two thirds of those present */
        TWO_THIRDS_OF_PRESENT,
        /** more than half of all members (党组织: 超过应到会有表决权党员的半数) */
        MAJORITY_OF_MEMBERS;

        public boolean carries(int members, int present, int votesFor) {
            return switch (this) {
                case MAJORITY_OF_PRESENT -> 2 * votesFor > present;
                case TWO_THIRDS_OF_PRESENT -> 3 * votesFor >= 2 * present && votesFor > 0;
                case MAJORITY_OF_MEMBERS -> 2 * votesFor > members;
            };
        }
    }

    /**
     * The quorum at a moment of a meeting.
     *
     * @param members the body's members
     * @param present members checked in
     * @param needed members that must be present
     * @param missingKinds required kinds with nobody present, in declaration order
     */
    public record Check(boolean met, int members, int present, int needed, List<RepresentativeKind> missingKinds) {}

    /** Whether the members present (one kind per member present) make a quorum of a body of {@code members}. */
    public Check check(int members, Collection<RepresentativeKind> presentKinds) {
        int needed = share.needed(members);
        List<RepresentativeKind> missing = new ArrayList<>();
        for (RepresentativeKind kind : RepresentativeKind.values()) {
            if (requiredKinds.contains(kind) && !presentKinds.contains(kind)) {
                missing.add(kind);
            }
        }
        int present = presentKinds.size();
        return new Check(present >= needed && missing.isEmpty() && members > 0, members, present, needed, missing);
    }

    /** As stored: required kinds joined by commas. */
    public String requiredKindsColumn() {
        return String.join(",", requiredKinds.stream().sorted().map(Enum::name).toList());
    }

    public static Set<RepresentativeKind> parseKinds(String column) {
        Set<RepresentativeKind> kinds = EnumSet.noneOf(RepresentativeKind.class);
        if (column != null && !column.isBlank()) {
            for (String name : column.split(",")) {
                kinds.add(RepresentativeKind.valueOf(name.strip()));
            }
        }
        return kinds;
    }
}
