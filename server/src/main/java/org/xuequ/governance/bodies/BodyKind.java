package org.xuequ.governance.bodies;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of body that govern a district or the region (seed 000 §四, seed 003 §二(一)3, §三(一)). */
public enum BodyKind {
    /** 学区理事会: consults and advises; five kinds of representative. */
    COUNCIL,
    /** 学区治理委员会 of a preschool district: the central kindergarten's head chairs, every head is a member. */
    COMMITTEE,
    /** A department of the committee (党建 / 行政 / 研训). */
    DEPARTMENT,
    /** The bureau's joint meeting (联席会议), at least monthly; the region's, not a district's. */
    JOINT_MEETING,
    /** A kindergarten's own party branch (单独党支部). */
    PARTY_BRANCH,
    /** A district's joint party branch (联合党支部) for kindergartens without their own. */
    JOINT_PARTY_BRANCH;

    public boolean isParty() {
        return this == PARTY_BRANCH || this == JOINT_PARTY_BRANCH;
    }

    /** Committees and their departments exist in preschool districts only (seed 003). */
    public boolean preschoolOnly() {
        return this == COMMITTEE || this == DEPARTMENT;
    }

    /**
     * The quorum rule a new body starts with. A council needs all five kinds present (seed 000); a party meeting
     * needs more than half its members present and decides by more than half of all members (党章 / 支部工作条例).
     */
    public QuorumRule defaultRule() {
        return switch (this) {
            case COUNCIL ->
                new QuorumRule(
                        QuorumRule.Share.MAJORITY,
                        EnumSet.copyOf(RepresentativeKind.COUNCIL_KINDS),
                        QuorumRule.Approval.MAJORITY_OF_PRESENT);
            case PARTY_BRANCH, JOINT_PARTY_BRANCH ->
                new QuorumRule(QuorumRule.Share.MAJORITY, Set.of(), QuorumRule.Approval.MAJORITY_OF_MEMBERS);
            default -> new QuorumRule(QuorumRule.Share.MAJORITY, Set.of(), QuorumRule.Approval.MAJORITY_OF_PRESENT);
        };
    }

    /** Committees and the joint meeting meet monthly (例会; seed 003 §二(二)4, §三(一)). */
    public boolean meetsMonthlyByDefault() {
        return this == COMMITTEE || this == JOINT_MEETING;
    }
}
