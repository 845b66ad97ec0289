package org.xuequ.enrollment.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.xuequ.enrollment.applications.EnrollmentApplication.SubmittedBy;
import org.xuequ.platform.XuequProblem;

/** The rulebook of an appeal, without Spring or a database: filed, then upheld or rejected, once. */
class AnAppealIsDecidedOnceTest {

    static final Instant NOW = Instant.parse("2030-07-01T02:00:00Z");

    static Appeal filed() {
        return new Appeal("110102", 1, 2, 3L, "2030P-000001", "离家太远", SubmittedBy.FAMILY, NOW);
    }

    @Test
    void aFiledAppealWaitsForItsDecision() {
        Appeal appeal = filed();
        assertThat(appeal.getStatus()).isEqualTo(Appeal.Status.FILED);
        assertThat(appeal.canBeDecided()).isTrue();
    }

    @Test
    void upheldMayMoveTheChildRejectedDoesNot() {
        Appeal upheld = filed();
        upheld.decide(true, "有空余学位", 42L, "office", NOW);
        assertThat(upheld.getStatus()).isEqualTo(Appeal.Status.UPHELD);
        assertThat(upheld.getReassignedUnitId()).isEqualTo(42L);
        Appeal rejected = filed();
        rejected.decide(false, "符合规则", 42L, "office", NOW);
        assertThat(rejected.getStatus()).isEqualTo(Appeal.Status.REJECTED);
        assertThat(rejected.getReassignedUnitId())
                .as("a rejection moves no one")
                .isNull();
    }

    @Test
    void aSecondDecisionIsRefused() {
        Appeal appeal = filed();
        appeal.decide(false, "符合规则", null, "office", NOW);
        assertThat(appeal.canBeDecided()).isFalse();
        assertThatThrownBy(() -> appeal.decide(true, "改判", 42L, "office", NOW))
                .isInstanceOfSatisfying(XuequProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(p.messageKey()).isEqualTo("problem.appeal-decided");
                });
        assertThat(appeal.getStatus()).as("the first decision stands").isEqualTo(Appeal.Status.REJECTED);
    }
}
