package org.xuequ.evaluation.balance;

import java.util.Locale;
import org.xuequ.engine.balance.Basis;
import org.xuequ.engine.balance.ChangeKind;
import org.xuequ.engine.balance.Indicator;
import org.xuequ.engine.balance.Suggestion;
import org.xuequ.registry.RegistryReads;

/** A suggestion told in words, Chinese and English: what moves where, what it does to the CV, per unit of effort. */
final class SuggestionReasons {

    private SuggestionReasons() {}

    static BalanceAdvice.SuggestionView view(Suggestion s, BalanceInputs inputs) {
        RegistryReads.Unit to = inputs.unit(s.change().toSchoolId());
        RegistryReads.Unit from = s.change().fromSchoolId() == null
                ? null
                : inputs.unit(s.change().fromSchoolId());
        Indicator indicator = s.change().indicator();
        IndicatorLabel label = IndicatorLabel.of(indicator);
        IndicatorLabel target = IndicatorLabel.of(s.target());
        String amount = amount(s.change().amount());
        String perZh = perUnitZh(indicator);
        String perEn = perUnitEn(indicator);
        String effectZh = String.format(
                Locale.ROOT,
                "「%s」差异系数 %.4f → %.4f（%s降低 %.4f）；未达标学校 %d → %d 所。",
                target.nameZh(),
                s.cvBefore(),
                s.cvAfter(),
                perZh,
                s.gainPerUnit(),
                s.failingBefore(),
                s.failingAfter());
        String effectEn = String.format(
                Locale.ROOT,
                "CV of \"%s\" %.4f → %.4f (%.4f lower %s); schools failing the minimums %d → %d.",
                target.nameEn(),
                s.cvBefore(),
                s.cvAfter(),
                s.gainPerUnit(),
                perEn,
                s.failingBefore(),
                s.failingAfter());
        String zh;
        String en;
        if (s.change().kind() == ChangeKind.MOVE) {
            zh = "将 " + amount + " " + label.resourceZh() + "从" + from.name() + "调往" + to.name() + "（前者高于均值，后者低于均值）："
                    + effectZh;
            en = "Move " + amount + " " + label.resourceEn() + " from " + from.name() + " to " + to.name()
                    + " (the first above the mean, the second below): " + effectEn;
        } else {
            zh = "为" + to.name() + "增加 " + amount + " " + label.resourceZh() + "（该校该项最低、学生多，每单位投入效果最大）：" + effectZh;
            en = "Add " + amount + " " + label.resourceEn() + " at " + to.name()
                    + " (lowest on this indicator with many pupils, so each unit counts most): " + effectEn;
        }
        return new BalanceAdvice.SuggestionView(
                new BalanceAdvice.ChangeView(
                        s.change().kind(),
                        indicator,
                        from == null ? null : from.id(),
                        from == null ? null : from.name(),
                        to.id(),
                        to.name(),
                        s.change().amount()),
                s.target(),
                s.cvBefore(),
                s.cvAfter(),
                s.gainPerUnit(),
                perZh,
                perEn,
                zh,
                en);
    }

    private static String amount(double value) {
        return value == Math.rint(value)
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String perUnitZh(Indicator indicator) {
        return switch (indicator) {
            case EQUIPMENT_YUAN -> "每万元";
            case TEACHING_AREA_M2, SPORTS_AREA_M2 -> "每百平方米";
            case MULTIMEDIA_ROOMS -> "每间";
            case COMPUTERS -> "每台";
            case BOOKS -> "每千册";
            default -> indicator.basis() == Basis.PER_100_PUPILS ? "每名教师" : "每单位";
        };
    }

    private static String perUnitEn(Indicator indicator) {
        return switch (indicator) {
            case EQUIPMENT_YUAN -> "per 10,000 yuan";
            case TEACHING_AREA_M2, SPORTS_AREA_M2 -> "per 100 m²";
            case MULTIMEDIA_ROOMS -> "per room";
            case COMPUTERS -> "per computer";
            case BOOKS -> "per 1,000 books";
            default -> indicator.basis() == Basis.PER_100_PUPILS ? "per teacher" : "per unit";
        };
    }
}
