package org.xuequ.enrollment.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.PriorityPolicy;
import org.xuequ.enrollment.cycles.PriorityPolicy.TierRule;
import org.xuequ.enrollment.cycles.TierCondition;
import org.xuequ.enrollment.cycles.TierRules;

/** Tiers come from the policy's ordered rules, evaluated per school against the zones of the child's blocks. */
class TierRulesTest {

    static final long HOME = 1, ELSEWHERE = 2, ZONED_SCHOOL = 10, OTHER_SCHOOL = 11;

    final PriorityPolicy policy = new PriorityPolicy(
            "110102",
            "西城",
            List.of(
                    TierRule.of(
                            1,
                            "户籍与房产一致且在片内",
                            null,
                            TierCondition.HUKOU_IN_ZONE,
                            TierCondition.PROPERTY_IN_ZONE,
                            TierCondition.HUKOU_AT_PROPERTY),
                    TierRule.of(2, "户籍在片内", null, TierCondition.HUKOU_IN_ZONE),
                    TierRule.of(3, "房产在片内满三年", 3, TierCondition.PROPERTY_IN_ZONE),
                    TierRule.of(
                            4, "居住证且居住在片内", null, TierCondition.RESIDENCE_PERMIT, TierCondition.RESIDENCE_IN_ZONE)));
    final TierRules rules = new TierRules(policy, LocalDate.of(2027, 9, 1), new ZoneMap(List.of(zone())));

    static AttendanceZone zone() {
        AttendanceZone zone = new AttendanceZone("110102", 1);
        zone.define(5, "片区", ZoneKind.SINGLE, Set.of(ZONED_SCHOOL), Set.of(HOME));
        return zone;
    }

    static SchoolAgeChild.Facts child(
            HukouType hukou,
            Long hukouBlock,
            long residence,
            Long propertyBlock,
            LocalDate propertySince,
            ChildCategory... categories) {
        return new SchoolAgeChild.Facts(
                "孩子",
                "",
                LocalDate.of(2021, 1, 1),
                'M',
                hukou,
                hukouBlock,
                null,
                residence,
                propertyBlock != null,
                propertyBlock,
                propertySince,
                null,
                categories.length == 0 ? EnumSet.noneOf(ChildCategory.class) : EnumSet.of(categories[0], categories),
                null,
                null);
    }

    @Test
    void hukouAndPropertyAtTheSameZonedBlockIsTheTopTier() {
        var tier = rules.tierAt(child(HukouType.LOCAL, HOME, HOME, HOME, LocalDate.of(2015, 1, 1)), ZONED_SCHOOL);
        assertThat(tier.rank()).isEqualTo(1);
        assertThat(tier.label()).isEqualTo("户籍与房产一致且在片内");
        assertThat(tier.held())
                .contains(
                        TierCondition.HUKOU_IN_ZONE,
                        TierCondition.PROPERTY_IN_ZONE,
                        TierCondition.HUKOU_AT_PROPERTY,
                        TierCondition.RESIDENCE_IN_ZONE);
    }

    @Test
    void hukouInTheZoneWithoutPropertyIsTheSecondTier() {
        assertThat(rules.tierAt(child(HukouType.LOCAL, HOME, ELSEWHERE, null, null), ZONED_SCHOOL)
                        .rank())
                .isEqualTo(2);
    }

    @Test
    void propertyCountsOnlyWhenOwnedLongEnough() {
        var longOwned = child(HukouType.BEIJING, null, HOME, HOME, LocalDate.of(2024, 8, 31));
        var recentlyBought = child(HukouType.BEIJING, null, HOME, HOME, LocalDate.of(2024, 9, 2));
        assertThat(rules.tierAt(longOwned, ZONED_SCHOOL).rank()).isEqualTo(3);
        assertThat(rules.tierAt(recentlyBought, ZONED_SCHOOL).rank())
                .as("less than 3 years by 1 Sept 2027")
                .isEqualTo(5);
    }

    @Test
    void aResidencePermitHolderLivingInTheZoneIsTheFourthTier() {
        var migrant = child(HukouType.NON_BEIJING, null, HOME, null, null, ChildCategory.MIGRANT_WITH_PERMIT);
        assertThat(rules.tierAt(migrant, ZONED_SCHOOL).rank()).isEqualTo(4);
        assertThat(rules.tierAt(child(HukouType.NON_BEIJING, null, HOME, null, null), ZONED_SCHOOL)
                        .rank())
                .as("no permit: no rule holds")
                .isEqualTo(policy.lowestTier());
    }

    @Test
    void atASchoolOutsideTheZoneNoInZoneRuleHolds() {
        var local = child(HukouType.LOCAL, HOME, HOME, HOME, LocalDate.of(2010, 1, 1));
        assertThat(rules.tierAt(local, OTHER_SCHOOL).rank()).isEqualTo(5);
        assertThat(rules.tierAt(local, OTHER_SCHOOL).label()).isNull();
    }

    @Test
    void anotherRegionsHukouIsNeverInTheZone() {
        assertThat(rules.tierAt(child(HukouType.BEIJING, HOME, ELSEWHERE, null, null), ZONED_SCHOOL)
                        .rank())
                .as("the hukou block only counts for a local hukou")
                .isEqualTo(5);
    }

    @Test
    void reorderingTheRulesChangesTheTierWithoutCode() {
        PriorityPolicy propertyFirst = new PriorityPolicy(
                "110102",
                "房产优先",
                List.of(
                        TierRule.of(1, "房产在片内", null, TierCondition.PROPERTY_IN_ZONE),
                        TierRule.of(2, "户籍在片内", null, TierCondition.HUKOU_IN_ZONE)));
        TierRules reordered = new TierRules(propertyFirst, LocalDate.of(2027, 9, 1), new ZoneMap(List.of(zone())));
        assertThat(reordered
                        .tierAt(child(HukouType.LOCAL, HOME, HOME, HOME, LocalDate.of(2026, 1, 1)), ZONED_SCHOOL)
                        .rank())
                .isEqualTo(1);
        assertThat(reordered
                        .tierAt(child(HukouType.LOCAL, HOME, HOME, null, null), ZONED_SCHOOL)
                        .rank())
                .isEqualTo(2);
    }
}
