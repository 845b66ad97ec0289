package org.xuequ.evaluation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuequ.evaluation.assessment.AssessmentScheme.CriterionForm;
import org.xuequ.evaluation.assessment.AssessmentScheme.Form;
import org.xuequ.evaluation.assessment.SchemeCriterion.Source;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;

/** A scheme a cycle uses keeps its meaning: it is never edited, only copied as a new version; its weights sum to 100. */
class ASchemeInUseIsVersionedNotEditedTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    private static Form form(String name, int... weights) {
        List<CriterionForm> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            criteria.add(new CriterionForm(
                    "C" + i,
                    "指标" + i,
                    "Criterion " + i,
                    BigDecimal.valueOf(weights[i]),
                    BigDecimal.TEN,
                    Source.MANUAL));
        }
        return new Form(name, 2025, criteria);
    }

    @Test
    void aSchemeNoCycleUsesIsEditedInPlace() {
        AssessmentScheme scheme = new AssessmentScheme("110102", form("2025 年度考核", 50, 50), null, NOW);
        scheme.revise(form("2025 年度考核（修）", 40, 40, 20), false, NOW);
        assertThat(scheme.getName()).isEqualTo("2025 年度考核（修）");
        assertThat(scheme.getCriteria())
                .extracting(c -> c.getWeight().intValue())
                .containsExactly(40, 40, 20);
    }

    @Test
    void aSchemeInUseIsRefusedAndCopiedInstead() {
        AssessmentScheme scheme = new AssessmentScheme("110102", form("2025 年度考核", 60, 40), null, NOW);

        assertThatThrownBy(() -> scheme.revise(form("改", 50, 50), true, NOW))
                .isInstanceOf(XuequProblem.class)
                .extracting(e -> ((XuequProblem) e).messageKey())
                .isEqualTo("problem.scheme-in-use");
        assertThat(scheme.getCriteria())
                .extracting(c -> c.getWeight().intValue())
                .containsExactly(60, 40);

        AssessmentScheme copy = scheme.copy("2025 年度考核（修订）", NOW);
        assertThat(copy.getCriteria()).extracting(SchemeCriterion::getCode).containsExactly("C0", "C1");
        copy.revise(form("2025 年度考核（修订）", 50, 50), false, NOW);
        assertThat(copy.getCriteria()).extracting(c -> c.getWeight().intValue()).containsExactly(50, 50);
    }

    @Test
    void weightsSumToAHundred() {
        assertThat(AssessmentScheme.problems(form("x", 50, 50))).isEmpty();
        assertThat(AssessmentScheme.problems(form("x", 50, 40)))
                .extracting(FieldProblem::field, FieldProblem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("criteria", "error.assessment.weights-sum"));
        assertThat(AssessmentScheme.problems(form("x", 60, 0, 40)))
                .extracting(FieldProblem::field)
                .containsExactly("criteria[1].weight");
    }
}
