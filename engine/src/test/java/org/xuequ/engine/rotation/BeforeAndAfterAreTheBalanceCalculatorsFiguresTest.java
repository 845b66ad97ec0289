package org.xuequ.engine.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xuequ.engine.balance.BalanceCalculator;
import org.xuequ.engine.balance.BalanceReport;
import org.xuequ.engine.balance.BalanceStandard;
import org.xuequ.engine.balance.Indicator;
import org.xuequ.engine.balance.IndicatorResult;
import org.xuequ.engine.balance.SchoolConditions;
import org.xuequ.engine.balance.SchoolLevel;

/**
 * The CVs before and after are exactly what the evaluation module's balance calculator reports for the
 * schools' counts before and after the moves (primary schools, standard 2017), to the last bit.
 */
class BeforeAndAfterAreTheBalanceCalculatorsFiguresTest {

    @Test
    void beforeAndAfterEqualTheCalculatorsCvs() {
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            RotationProblem p = TinyRounds.random(random, 3 + random.nextInt(6), 4 + random.nextInt(20), false);
            RotationProposal proposal = RotationSolver.solve(p, Duration.ofSeconds(5));
            assertThat(proposal.cvBefore()).isEqualTo(calculator(p, List.of()));
            assertThat(proposal.cvAfter()).isEqualTo(calculator(p, proposal.moves()));
            assertThat(proposal.worstCvAfter())
                    .isEqualTo(Math.max(
                            proposal.cvAfter().get(RotationTarget.BACKBONE_TEACHERS),
                            proposal.cvAfter().get(RotationTarget.PE_ART_TEACHERS)));
        }
    }

    private static Map<RotationTarget, Double> calculator(RotationProblem p, List<RotationMove> moves) {
        Map<String, int[]> counts = new HashMap<>();
        for (RotationSchool s : p.schools()) {
            counts.put(s.schoolId(), new int[] {s.backbone(), s.peArt()});
        }
        Map<String, RotationTeacher> teachers = new HashMap<>();
        p.candidates().forEach(t -> teachers.put(t.teacherId(), t));
        for (RotationMove m : moves) {
            RotationTeacher t = teachers.get(m.teacherId());
            if (t.backbone()) {
                counts.get(m.fromSchoolId())[0]--;
                counts.get(m.toSchoolId())[0]++;
            }
            if (t.peArt()) {
                counts.get(m.fromSchoolId())[1]--;
                counts.get(m.toSchoolId())[1]++;
            }
        }
        List<SchoolConditions> schools = new ArrayList<>();
        for (RotationSchool s : p.schools()) {
            Map<Indicator, Double> resources = new EnumMap<>(Indicator.class);
            for (Indicator i : Indicator.of(BalanceStandard.QUALITY_2017)) {
                resources.put(i, 1.0);
            }
            resources.put(Indicator.BACKBONE_TEACHERS, (double) counts.get(s.schoolId())[0]);
            resources.put(Indicator.PE_ART_TEACHERS, (double) counts.get(s.schoolId())[1]);
            schools.add(new SchoolConditions(s.schoolId(), s.pupils(), 0, 0, resources));
        }
        BalanceReport report = BalanceCalculator.assess(schools, SchoolLevel.PRIMARY, BalanceStandard.QUALITY_2017);
        Map<RotationTarget, Double> cvs = new EnumMap<>(RotationTarget.class);
        for (IndicatorResult r : report.indicators()) {
            for (RotationTarget target : RotationTarget.values()) {
                if (target.indicator() == r.indicator()) {
                    cvs.put(target, Double.isNaN(r.cv()) ? 0 : r.cv());
                }
            }
        }
        return cvs;
    }
}
