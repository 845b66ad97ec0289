package org.xuequ.engine.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuequ.engine.rotation.Rounds.school;
import static org.xuequ.engine.rotation.Rounds.teacher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two low schools of the same size, both needing maths: sending the backbone teacher to either balances equally,
 * so it goes where it wished, its first wish before its second; and balance-neutral teachers move only to honour
 * a wish, never for nothing.
 */
class WishesArePreferredAmongEqualBalanceTest {

    private static final List<RotationSchool> SCHOOLS = List.of(
            school("A", 400, 3, 2, Map.of()),
            school("B", 400, 1, 2, Map.of("数学", 1)),
            school("C", 400, 1, 2, Map.of("数学", 1)),
            school("D", 400, 3, 2, Map.of()));

    @Test
    void amongEqualDestinationsTheWishedOneIsChosen() {
        RotationProposal proposal = solve(teacher("t", "A", "数学", true, "C"));
        assertThat(proposal.moves()).singleElement().satisfies(m -> {
            assertThat(m.toSchoolId()).isEqualTo("C");
            assertThat(m.wishRank()).isEqualTo(1);
        });
        assertThat(proposal.wishesHonoured()).isEqualTo(1);
    }

    @Test
    void theFirstWishIsPreferredToTheSecond() {
        RotationProposal proposal = solve(teacher("t", "A", "数学", true, "B", "C"));
        assertThat(proposal.moves())
                .singleElement()
                .extracting(RotationMove::toSchoolId)
                .isEqualTo("B");
    }

    @Test
    void aBalanceNeutralTeacherWithoutWishesStays() {
        RotationProposal proposal = solve(teacher("t", "A", "数学", false));
        assertThat(proposal.moves()).isEmpty();
        assertThat(proposal.status()).isEqualTo(RotationStatus.OPTIMAL);
    }

    @Test
    void moreWishesHonouredComeBeforeBetterRanks() {
        // B has room for one maths teacher: u's first wish or v's second and w's first elsewhere
        RotationProblem problem = new RotationProblem(
                SCHOOLS,
                List.of(
                        teacher("u", "A", "数学", false, "B"),
                        teacher("v", "D", "数学", false, "C", "B"),
                        teacher("w", "D", "数学", false, "B")),
                RotationRules.none());
        RotationProposal proposal = RotationSolver.solve(problem, Duration.ofSeconds(10));
        // B and C take one maths teacher each: two wishes honoured, u's or w's rank 1 at B and v's rank 1 at C
        assertThat(proposal.wishesHonoured()).isEqualTo(2);
        assertThat(proposal.moves()).allSatisfy(m -> assertThat(m.wishRank()).isEqualTo(1));
    }

    private static RotationProposal solve(RotationTeacher teacher) {
        return RotationSolver.solve(
                new RotationProblem(SCHOOLS, List.of(teacher), RotationRules.none()), Duration.ofSeconds(10));
    }
}
