package org.xuequ.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuequ.governance.bodies.BodyKind;
import org.xuequ.governance.bodies.QuorumRule;
import org.xuequ.governance.bodies.RepresentativeKind;

/** The quorum rule as data: how many must be present, which kinds, and what carries a vote. */
class AQuorumNeedsTheRequiredKindsAndEnoughMembersTest {

    private static final List<RepresentativeKind> FOUR_KINDS = List.of(
            RepresentativeKind.UNIT_HEAD,
            RepresentativeKind.UNIT_HEAD,
            RepresentativeKind.LOCAL_GOVERNMENT,
            RepresentativeKind.EDUCATION_ADMINISTRATION,
            RepresentativeKind.SOCIAL_INSTITUTION);

    @Test
    void aCouncilMissingARepresentativeKindHasNoQuorumHoweverManyAreThere() {
        QuorumRule council = BodyKind.COUNCIL.defaultRule();
        QuorumRule.Check check = council.check(7, FOUR_KINDS);
        assertThat(check.present()).isEqualTo(5);
        assertThat(check.needed()).isEqualTo(4);
        assertThat(check.missingKinds()).containsExactly(RepresentativeKind.PARENT);
        assertThat(check.met()).isFalse();
    }

    @Test
    void aCouncilWithAllFiveKindsAndAMajorityHasItsQuorum() {
        QuorumRule council = BodyKind.COUNCIL.defaultRule();
        List<RepresentativeKind> five = new java.util.ArrayList<>(FOUR_KINDS);
        five.add(RepresentativeKind.PARENT);
        assertThat(council.check(9, five).met()).isTrue();
        assertThat(council.check(12, five).met())
                .as("6 of 12 is not more than half")
                .isFalse();
    }

    @Test
    void sharesCountMembersAsTheRuleSays() {
        assertThat(QuorumRule.Share.MAJORITY.needed(10)).isEqualTo(6);
        assertThat(QuorumRule.Share.MAJORITY.needed(9)).isEqualTo(5);
        assertThat(QuorumRule.Share.TWO_THIRDS.needed(9)).isEqualTo(6);
        assertThat(QuorumRule.Share.TWO_THIRDS.needed(10)).isEqualTo(7);
        assertThat(QuorumRule.Share.ALL.needed(4)).isEqualTo(4);
        assertThat(QuorumRule.Share.ANY.needed(4)).isEqualTo(1);
    }

    @Test
    void aPartyBranchDecidesByMoreThanHalfOfAllItsMembers() {
        QuorumRule branch = BodyKind.JOINT_PARTY_BRANCH.defaultRule();
        assertThat(branch.approval()).isEqualTo(QuorumRule.Approval.MAJORITY_OF_MEMBERS);
        assertThat(branch.approval().carries(11, 7, 5)).as("5 of 11 members").isFalse();
        assertThat(branch.approval().carries(11, 7, 6)).isTrue();
        assertThat(QuorumRule.Approval.MAJORITY_OF_PRESENT.carries(11, 7, 4)).isTrue();
        assertThat(QuorumRule.Approval.TWO_THIRDS_OF_PRESENT.carries(11, 9, 5)).isFalse();
    }

    @Test
    void requiredKindsSurviveTheirColumn() {
        QuorumRule rule = new QuorumRule(
                QuorumRule.Share.ANY,
                Set.of(RepresentativeKind.PARENT, RepresentativeKind.UNIT_HEAD),
                QuorumRule.Approval.MAJORITY_OF_PRESENT);
        assertThat(rule.requiredKindsColumn()).isEqualTo("UNIT_HEAD,PARENT");
        assertThat(QuorumRule.parseKinds(rule.requiredKindsColumn())).isEqualTo(rule.requiredKinds());
        assertThat(rule.check(0, List.of()).met())
                .as("a body without members decides nothing")
                .isFalse();
    }
}
