package org.xuequ.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuequ.platform.XuequProblem;

/** Seed 003 §四: the central kindergarten's opinion on a member kindergarten is heard before its result is final. */
class AMemberUnitIsFinalisedOnlyAfterItsCentralUnitsOpinionTest {

    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    private static AssessedUnit member() {
        return new AssessedUnit(1, "110102", 20, 5, 10L);
    }

    @Test
    void aScoredMemberUnitWithoutTheOpinionIsRefused() {
        AssessedUnit unit = member();
        unit.score(Criteria.scores(80), Criteria.ALL);

        assertThat(unit.getState()).isEqualTo(AssessedUnit.State.SCORED);
        assertThat(unit.canFinalise(Criteria.ALL)).isFalse();
        assertThatThrownBy(() -> unit.finalise(Criteria.ALL, "xicheng", NOW))
                .isInstanceOf(XuequProblem.class)
                .extracting(e -> ((XuequProblem) e).messageKey())
                .isEqualTo("problem.central-opinion-missing");
    }

    @Test
    void withTheOpinionItIsFinalisedWithItsWeightedTotalAndGrade() {
        AssessedUnit unit = member();
        unit.recordOpinion("保教规范，家园共育有特色", Grade.GOOD, "central", NOW);
        unit.score(Criteria.scores(80), Criteria.ALL);
        assertThat(unit.canFinalise(Criteria.ALL)).isTrue();

        unit.finalise(Criteria.ALL, "xicheng", NOW);

        // 10/10 × 10 + 80/100 × 60 + 50/50 × 30 = 88
        assertThat(unit.getTotal()).isEqualByComparingTo("88.00");
        assertThat(unit.getGrade()).isEqualTo(Grade.GOOD);
        assertThat(unit.isFinal()).isTrue();
    }

    @Test
    void theCentralUnitItselfAndUnitsOfDistrictsWithoutOneNeedNoOpinion() {
        AssessedUnit central = new AssessedUnit(1, "110102", 10, 5, 10L);
        AssessedUnit primary = new AssessedUnit(1, "110102", 30, 6, null);
        assertThat(central.isMember()).isFalse();
        assertThatThrownBy(() -> primary.recordOpinion("无中心校", Grade.PASS, "someone", NOW))
                .extracting(e -> ((XuequProblem) e).messageKey())
                .isEqualTo("problem.opinion-not-member");
        for (AssessedUnit unit : new AssessedUnit[] {central, primary}) {
            unit.score(Criteria.scores(95), Criteria.ALL);
            unit.finalise(Criteria.ALL, "xicheng", NOW);
            assertThat(unit.getGrade()).isEqualTo(Grade.EXCELLENT);
        }
    }

    @Test
    void aUnitIsFinalisedOnlyWithEveryScore() {
        AssessedUnit unit = member();
        unit.recordOpinion("良好", Grade.GOOD, "central", NOW);
        unit.score(Map.of(1L, BigDecimal.TEN), Criteria.ALL);

        assertThat(unit.getState()).isEqualTo(AssessedUnit.State.PENDING);
        assertThat(unit.total(Criteria.ALL)).isNull();
        assertThatThrownBy(() -> unit.finalise(Criteria.ALL, "xicheng", NOW))
                .extracting(e -> ((XuequProblem) e).messageKey(), e -> ((XuequProblem) e).arguments()[0])
                .containsExactly("problem.scores-missing", 2L);
    }

    @Test
    void afterTheResultIsFinalNeitherTheOpinionNorAScoreChanges() {
        AssessedUnit unit = member();
        unit.recordOpinion("良好", Grade.GOOD, "central", NOW);
        unit.score(Criteria.scores(70), Criteria.ALL);
        unit.finalise(Criteria.ALL, "xicheng", NOW);

        assertThat(unit.canGiveOpinion()).isFalse();
        assertThat(unit.canScore()).isFalse();
        assertThatThrownBy(() -> unit.recordOpinion("改为优秀", Grade.EXCELLENT, "central", NOW))
                .extracting(e -> ((XuequProblem) e).messageKey())
                .isEqualTo("problem.opinion-after-final");
        assertThatThrownBy(() -> unit.score(Criteria.scores(100), Criteria.ALL))
                .extracting(e -> ((XuequProblem) e).messageKey())
                .isEqualTo("problem.scores-after-final");
        assertThatThrownBy(() -> unit.finalise(Criteria.ALL, "xicheng", NOW))
                .extracting(e -> ((XuequProblem) e).messageKey())
                .isEqualTo("problem.unit-final");
        assertThat(unit.getOpinionGrade()).isEqualTo(Grade.GOOD);
        assertThat(unit.getTotal()).isEqualByComparingTo("82.00");
    }
}
