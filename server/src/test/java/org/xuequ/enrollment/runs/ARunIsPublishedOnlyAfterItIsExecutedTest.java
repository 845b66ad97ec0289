package org.xuequ.enrollment.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;

/**
 * The rulebook of a run's life, without Spring or a database: DRAFT → COMMITTED → EXECUTED (again
 * and again) → REVIEWED → PUBLISHED; a step out of turn is a 409 naming the status.
 */
class ARunIsPublishedOnlyAfterItIsExecutedTest {

    static final Instant NOW = Instant.parse("2030-06-01T02:00:00Z");

    static AllocationRun draft() {
        return new AllocationRun("110102", 1, "派位", AllocationRun.Mechanism.DA, "commission", NOW);
    }

    static AllocationRun committed() {
        AllocationRun run = draft();
        run.commit("ab".repeat(32), "commitment", 10, NOW);
        return run;
    }

    static void refusedAs(Runnable step, AllocationRun.Status status) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(XuequProblem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(p.messageKey()).isEqualTo("problem.run-state");
            assertThat(p.arguments()).containsExactly(status.name());
        });
    }

    @Test
    void aDraftIsCommittedBeforeAnythingElse() {
        AllocationRun run = draft();
        assertThat(run.canCommit()).isTrue();
        assertThat(run.canExecute()).isFalse();
        assertThat(run.isPublic()).as("no commitment published yet").isFalse();
        refusedAs(() -> run.executed(3, NOW), AllocationRun.Status.DRAFT);
        refusedAs(() -> run.review(NOW), AllocationRun.Status.DRAFT);
        refusedAs(() -> run.publish(NOW), AllocationRun.Status.DRAFT);
    }

    @Test
    void aCommittedRunIsPublicButHasNoResults() {
        AllocationRun run = committed();
        assertThat(run.isPublic()).isTrue();
        assertThat(run.hasResults()).isFalse();
        assertThat(run.canCommit()).isFalse();
        refusedAs(run::requireResults, AllocationRun.Status.COMMITTED);
        refusedAs(() -> run.commit("cd".repeat(32), "other", 10, NOW), AllocationRun.Status.COMMITTED);
        refusedAs(() -> run.review(NOW), AllocationRun.Status.COMMITTED);
    }

    @Test
    void anExecutedRunMayBeExecutedAgainUntilItIsReviewed() {
        AllocationRun run = committed();
        run.executed(7, NOW);
        run.executed(7, NOW.plusSeconds(60));
        assertThat(run.getStatus()).isEqualTo(AllocationRun.Status.EXECUTED);
        assertThat(run.hasResults()).isTrue();
        assertThat(run.isDecided()).as("no appeals before review").isFalse();
        run.review(NOW);
        assertThat(run.canExecute()).isFalse();
        refusedAs(() -> run.executed(7, NOW), AllocationRun.Status.REVIEWED);
    }

    @Test
    void publicationFollowsReviewAndRevealsTheSeed() {
        AllocationRun run = committed();
        run.executed(7, NOW);
        assertThat(run.canPublish()).isFalse();
        refusedAs(() -> run.publish(NOW), AllocationRun.Status.EXECUTED);
        run.review(NOW);
        assertThat(run.isDecided()).isTrue();
        assertThat(run.revealedSeed()).as("kept until publication").isNull();
        assertThatThrownBy(run::requirePublished)
                .isInstanceOfSatisfying(
                        XuequProblem.class, p -> assertThat(p.messageKey()).isEqualTo("problem.run-not-published"));
        run.publish(NOW);
        assertThat(run.isPublished()).isTrue();
        assertThat(run.revealedSeed()).isEqualTo("ab".repeat(32));
        refusedAs(() -> run.publish(NOW), AllocationRun.Status.PUBLISHED);
    }
}
