package org.xuequ.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuequ.governance.charters.CharterDiff;
import org.xuequ.governance.charters.CharterDiff.Kind;
import org.xuequ.governance.charters.PartyBuildingRule;

/** A charter's versions compare line by line; a charter without a party-building clause does not pass. */
class TheCharterDiffAndThePartyBuildingRuleTest {

    private static final String V1 = """
            第一章 总则
            第一条 本学区治理委员会是学区议事机构。
            第二条 委员会每月召开一次例会。
            第三条 本章程自批准之日起施行。""";

    private static final String V2 = """
            第一章 总则
            第一条 本学区治理委员会是学区议事机构。
            第二条 委员会每月召开一次例会，由中心园召集。
            第三条 学区党组织参与学区治理事务，加强党建工作。
            第四条 本章程自批准之日起施行。""";

    @Test
    void aChangedLineIsDeletedAndInsertedAndUnchangedLinesKeepBothNumbers() {
        CharterDiff diff = CharterDiff.between(1, V1, 2, V2);
        assertThat(diff.deleted()).isEqualTo(2);
        assertThat(diff.inserted()).isEqualTo(3);
        assertThat(diff.lines()).hasSize(7);
        assertThat(diff.lines().get(1)).isEqualTo(new CharterDiff.Line(Kind.EQUAL, 2, 2, "第一条 本学区治理委员会是学区议事机构。"));
        assertThat(diff.lines().get(2).kind()).isEqualTo(Kind.DELETED);
        assertThat(diff.lines().get(2).oldLine()).isEqualTo(3);
        assertThat(diff.lines().stream().filter(l -> l.kind() == Kind.INSERTED).map(CharterDiff.Line::newLine))
                .containsExactly(3, 4, 5);
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        CharterDiff diff = CharterDiff.between(1, V1, 1, V1);
        assertThat(diff.inserted() + diff.deleted()).isZero();
        assertThat(diff.lines()).allMatch(l -> l.kind() == Kind.EQUAL);
    }

    @Test
    void theRuleFindsThePartyBuildingClause() {
        assertThat(PartyBuildingRule.DEFAULT.passes(V1)).isFalse();
        assertThat(PartyBuildingRule.DEFAULT.clause(V2)).hasValue(4);
        assertThat(new PartyBuildingRule(java.util.List.of("党委")).passes(V2)).isFalse();
    }
}
