package org.xuequ.workforce.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xuequ.engine.rotation.RotationProposal;
import org.xuequ.engine.rotation.RotationStatus;
import org.xuequ.engine.rotation.RotationTarget;
import org.xuequ.platform.XuequProblem;

/**
 * 区教委会签: where a round needs the commission's countersignature, the district office's approval submits it; only
 * the commission's approves it, or sends it back to be changed. Without one, the office's approval decides.
 */
class ARoundThatNeedsTheCommissionsCountersignatureTest {

    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");

    private static RotationRound proposedRound(boolean countersign) {
        RotationRound round = new RotationRound(
                "110102",
                1,
                2027,
                "轮岗",
                EligibilityRules.usual(),
                10,
                LocalDate.of(2027, 9, 1),
                countersign,
                NOW,
                "office");
        round.proposed(
                new RotationProposal(
                        RotationStatus.OPTIMAL,
                        List.of(),
                        Map.of(RotationTarget.BACKBONE_TEACHERS, 0.3),
                        Map.of(RotationTarget.BACKBONE_TEACHERS, 0.2),
                        0.3,
                        0.2,
                        0,
                        0,
                        10),
                NOW,
                "office");
        return round;
    }

    @Test
    void theDistrictOfficesApprovalOnlySubmitsIt() {
        RotationRound round = proposedRound(true);
        assertThat(round.approvalDecides(false)).isFalse();

        round.approve(false, NOW, "office");

        assertThat(round.getStatus()).isEqualTo(RoundStatus.SUBMITTED);
        assertThat(round.getSubmittedBy()).isEqualTo("office");
        assertThat(round.getApprovedAt()).isNull();
        assertThatThrownBy(() -> round.approve(false, NOW, "office")).isInstanceOf(XuequProblem.class);
        assertThatThrownBy(() -> round.requireOpen("WISHES"))
                .as("a submitted round takes no more wishes")
                .isInstanceOf(XuequProblem.class);
    }

    @Test
    void theCommissionApprovesASubmittedRoundOrSendsItBack() {
        RotationRound approved = proposedRound(true);
        approved.approve(false, NOW, "office");
        approved.approve(true, NOW, "commission");
        assertThat(approved.getStatus()).isEqualTo(RoundStatus.APPROVED);
        assertThat(approved.getApprovedBy()).isEqualTo("commission");

        RotationRound returned = proposedRound(true);
        returned.approve(false, NOW, "office");
        returned.sendBack(NOW, "commission");
        assertThat(returned.getStatus()).isEqualTo(RoundStatus.PROPOSED);
    }

    @Test
    void withoutACountersignatureTheOfficesApprovalDecides() {
        RotationRound round = proposedRound(false);

        round.approve(false, NOW, "office");

        assertThat(round.getStatus()).isEqualTo(RoundStatus.APPROVED);
        assertThatThrownBy(() -> round.sendBack(NOW, "commission")).isInstanceOf(XuequProblem.class);
    }
}
