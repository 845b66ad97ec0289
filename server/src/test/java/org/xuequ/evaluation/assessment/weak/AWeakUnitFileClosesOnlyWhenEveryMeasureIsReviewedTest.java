package org.xuequ.evaluation.assessment.weak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xuequ.platform.XuequProblem;

/**
 * A support plan's measures go PLANNED → DONE → REVIEWED (or back to PLANNED when the commission does not
 * accept them); the file closes only when every measure is reviewed, and is overdue-counted by the day.
 */
class AWeakUnitFileClosesOnlyWhenEveryMeasureIsReviewedTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    private static WeakUnitFile file() {
        return new WeakUnitFile("110102", 7, 5L, null, "年度考核不合格", "xicheng", NOW);
    }

    private static String key(Throwable e) {
        return ((XuequProblem) e).messageKey();
    }

    @Test
    void aDoneMeasureNotYetReviewedKeepsTheFileOpen() {
        WeakUnitFile file = file();
        SupportMeasure teachers = file.addMeasure("派驻骨干教师", "学区办公室", LocalDate.of(2026, 6, 30));
        SupportMeasure safety = file.addMeasure("安全隐患整改", "园长", LocalDate.of(2026, 4, 30));

        teachers.markDone("已派驻 2 名骨干教师", "xueqian1", NOW);
        teachers.review(true, "落实到位", "xicheng", NOW);
        safety.markDone("已整改", "school", NOW);

        assertThat(file.canClose()).isFalse();
        assertThatThrownBy(() -> file.close("xicheng", NOW))
                .satisfies(e -> assertThat(key(e)).isEqualTo("problem.measures-open"))
                .extracting(e -> ((XuequProblem) e).arguments()[0])
                .isEqualTo(1L);

        safety.review(true, null, "xicheng", NOW);
        assertThat(file.canClose()).isTrue();
        file.close("xicheng", NOW);
        assertThat(file.isOpen()).isFalse();
        assertThatThrownBy(() -> file.addMeasure("再加一项", "x", LocalDate.of(2026, 9, 1)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("problem.weak-file-closed"));
    }

    @Test
    void aMeasureNotAcceptedGoesBackToPlanned() {
        SupportMeasure measure = file().addMeasure("园本教研", "园长", LocalDate.of(2026, 6, 30));
        assertThatThrownBy(() -> measure.review(true, null, "xicheng", NOW))
                .satisfies(e -> assertThat(key(e)).isEqualTo("problem.measure-transition"));

        measure.markDone("开展 3 次", "school", NOW);
        assertThatThrownBy(() -> measure.markDone("again", "school", NOW))
                .satisfies(e -> assertThat(key(e)).isEqualTo("problem.measure-transition"));
        measure.review(false, "记录不全", "xicheng", NOW);

        assertThat(measure.getState()).isEqualTo(SupportMeasure.State.PLANNED);
        assertThat(measure.getReviewComment()).isEqualTo("记录不全");
        assertThat(measure.canMarkDone()).isTrue();
    }

    @Test
    void aMeasureIsOverdueFromTheDayAfterItsDeadlineWhileNotDone() {
        WeakUnitFile file = file();
        SupportMeasure measure = file.addMeasure("安全隐患整改", "园长", LocalDate.of(2026, 4, 30));

        assertThat(measure.isOverdue(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(measure.isOverdue(LocalDate.of(2026, 5, 1))).isTrue();
        assertThat(file.overdue(LocalDate.of(2026, 5, 1))).isEqualTo(1);

        measure.markDone("已整改", "school", NOW);
        assertThat(measure.isOverdue(LocalDate.of(2026, 5, 1))).isFalse();
    }
}
