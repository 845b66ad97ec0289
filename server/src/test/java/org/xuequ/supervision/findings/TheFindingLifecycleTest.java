package org.xuequ.supervision.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.findings.FindingStatus.Step;

/** The finding's loop as a rulebook: every legal step, and the illegal ones refused with a typed 409. */
class TheFindingLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-10-08T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 10, 31);

    private static Finding finding(Severity severity) {
        return new Finding(
                new Finding.Recorded(
                        "110102",
                        1,
                        2,
                        3,
                        4,
                        "AQ",
                        "AQ1.1",
                        severity,
                        "消防通道堵塞",
                        "现场照片",
                        "立即清理",
                        LocalDate.of(2026, 10, 8)),
                null,
                NOW,
                "inspector");
    }

    @Test
    void aGeneralFindingIsOrderedAnsweredRecheckedAndClosed() {
        Finding f = finding(Severity.GENERAL);
        assertThat(f.getStatus()).isEqualTo(FindingStatus.OPEN);
        assertThat(f.steps(Party.INSPECTOR)).containsExactlyInAnyOrder(Step.EDIT, Step.ORDER);
        f.edit(Party.INSPECTOR, Severity.GENERAL, "消防通道部分堵塞", "照片两张", null, NOW, "inspector");
        f.order(Party.INSPECTOR, "园长", DEADLINE, "两周内清理", NOW, "inspector");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.ORDERED);
        assertThat(f.steps(Party.UNIT)).containsExactly(Step.ANSWER);
        f.answer(Party.UNIT, "已清理并张贴标识", "整改后照片", NOW, "unit");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.ANSWERED);
        f.recheck(Party.INSPECTOR, null, true, "已整改", NOW, "inspector");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.RECHECKED);
        assertThat(f.steps(Party.INSPECTOR)).containsExactly(Step.CLOSE);
        f.close(Party.INSPECTOR, NOW, "inspector");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.CLOSED);
        assertThat(f.closedOnTime()).isTrue();
        assertThat(f.steps(Party.INSPECTOR)).isEmpty();
    }

    @Test
    void aMajorFindingIsEscalatedAndOrderedByTheCommissionAndReopenedAfterAFailedRecheck() {
        Finding f = finding(Severity.MAJOR);
        refused(() -> f.order(Party.INSPECTOR, "园长", DEADLINE, "整改", NOW, "i"), FindingRefusal.MUST_ESCALATE);
        f.escalate(Party.INSPECTOR, NOW, "inspector");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.ESCALATED);
        refused(() -> f.order(Party.INSPECTOR, "园长", DEADLINE, "整改", NOW, "i"), FindingRefusal.COMMISSION_ORDERS);
        f.order(Party.COMMISSION, "园长", DEADLINE, "限期整改", NOW, "commission");
        f.answer(Party.UNIT, "措施", "佐证", NOW, "unit");
        f.recheck(Party.INSPECTOR, 99L, false, "未整改到位", NOW, "inspector");
        refused(() -> f.close(Party.INSPECTOR, NOW, "i"), FindingRefusal.RECHECK_FAILED);
        f.reopen(Party.INSPECTOR, DEADLINE.plusDays(14), NOW, "inspector");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.REOPENED);
        assertThat(f.getReopenCount()).isEqualTo(1);
        assertThat(f.getOrderDeadline()).isEqualTo(DEADLINE.plusDays(14));
        f.answer(Party.UNIT, "再次整改", "佐证", NOW, "unit");
        f.recheck(Party.COMMISSION, null, true, null, NOW, "commission");
        refused(() -> f.reopen(Party.INSPECTOR, DEADLINE, NOW, "i"), FindingRefusal.RECHECK_PASSED);
        f.close(Party.COMMISSION, NOW, "commission");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.CLOSED);
    }

    @Test
    void aHardFindingIsEscalatedLikeAMajorOne() {
        Finding f = finding(Severity.HARD);
        f.escalate(Party.COMMISSION, NOW, "commission");
        f.order(Party.COMMISSION, "区教委计财科", DEADLINE, "协调解决", NOW, "commission");
        assertThat(f.getStatus()).isEqualTo(FindingStatus.ORDERED);
    }

    @Test
    void closingAnUnansweredOrderIsRefused() {
        Finding f = finding(Severity.GENERAL);
        f.order(Party.INSPECTOR, "园长", DEADLINE, "整改", NOW, "i");
        refused(() -> f.close(Party.INSPECTOR, NOW, "i"), FindingRefusal.TRANSITION);
        refused(() -> f.recheck(Party.INSPECTOR, null, true, null, NOW, "i"), FindingRefusal.TRANSITION);
    }

    @Test
    void aUnitNeverEditsAFindingAndOnlyAnOpenOneIsEdited() {
        Finding f = finding(Severity.GENERAL);
        refused(
                () -> f.edit(Party.UNIT, Severity.GENERAL, "x", "y", null, NOW, "unit"),
                FindingRefusal.UNIT_MAY_NOT_EDIT);
        f.order(Party.INSPECTOR, "园长", DEADLINE, "整改", NOW, "i");
        refused(() -> f.edit(Party.INSPECTOR, Severity.GENERAL, "x", "y", null, NOW, "i"), FindingRefusal.NOT_EDITABLE);
        refused(
                () -> f.edit(Party.UNIT, Severity.GENERAL, "x", "y", null, NOW, "unit"),
                FindingRefusal.UNIT_MAY_NOT_EDIT);
    }

    @Test
    void rechekingAClosedFindingIsRefused() {
        Finding f = finding(Severity.GENERAL);
        f.order(Party.INSPECTOR, "园长", DEADLINE, "整改", NOW, "i");
        f.answer(Party.UNIT, "m", "e", NOW, "u");
        f.recheck(Party.INSPECTOR, null, true, null, NOW, "i");
        f.close(Party.INSPECTOR, NOW, "i");
        refused(() -> f.recheck(Party.INSPECTOR, null, true, null, NOW, "i"), FindingRefusal.TRANSITION);
        refused(() -> f.reopen(Party.INSPECTOR, DEADLINE, NOW, "i"), FindingRefusal.TRANSITION);
        refused(() -> f.answer(Party.UNIT, "m", "e", NOW, "u"), FindingRefusal.TRANSITION);
    }

    @Test
    void aGeneralFindingIsNotEscalatedAndEachStepBelongsToItsParty() {
        Finding f = finding(Severity.GENERAL);
        refused(() -> f.escalate(Party.INSPECTOR, NOW, "i"), FindingRefusal.NOT_ESCALATABLE);
        f.order(Party.COMMISSION, "园长", DEADLINE, "整改", NOW, "c");
        refused(() -> f.answer(Party.INSPECTOR, "m", "e", NOW, "i"), FindingRefusal.NOT_YOUR_STEP);
        f.answer(Party.UNIT, "m", "e", NOW, "u");
        refused(() -> f.recheck(Party.UNIT, null, true, null, NOW, "u"), FindingRefusal.NOT_YOUR_STEP);
    }

    private static void refused(Runnable step, FindingRefusal refusal) {
        XuequProblem expected = refusal.problem();
        assertThatThrownBy(step::run).isInstanceOfSatisfying(XuequProblem.class, p -> {
            assertThat(p.messageKey()).isEqualTo(expected.messageKey());
            assertThat(p.status()).isEqualTo(expected.status());
        });
        if (refusal != FindingRefusal.COMMISSION_ORDERS && refusal != FindingRefusal.NOT_YOUR_STEP) {
            assertThat(expected.status()).isEqualTo(HttpStatus.CONFLICT);
        }
    }
}
