package org.xuequ.supervision.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.xuequ.platform.pdf.PdfPages;
import org.xuequ.supervision.Severity;
import org.xuequ.supervision.findings.FindingView;
import org.xuequ.supervision.inspections.InspectionView;

/**
 * 督导意见书: the written feedback of an inspection to the unit and the district's governance committee (seed 003:
 * 书面反馈, 提出整改要求) — the result by domain and each finding with its rectification requirement and deadline.
 */
final class FeedbackPdf {

    private static final Map<Severity, String> SEVERITIES =
            Map.of(Severity.GENERAL, "一般问题", Severity.MAJOR, "重大问题", Severity.HARD, "难点问题");

    private FeedbackPdf() {}

    static String title(InspectionView i) {
        return i.unitName() + " 督导意见书（" + i.visitedOn() + "）";
    }

    static void write(InspectionView i, List<FindingView> findings, OutputStream target) throws IOException {
        PdfPages.write(title(i), target, p -> {
            p.heading("督导意见书", 18);
            p.paragraph("Written feedback of the inspection", 9, PdfPages.GREY);
            p.gap(6);
            p.paragraph("督导对象：" + i.unitName() + "（" + i.districtName() + "）", 11, PdfPages.INK);
            p.paragraph(
                    "督导类型：" + ReportDocuments.KINDS.get(i.kind()) + (i.topic() == null ? "" : "（" + i.topic() + "）")
                            + "；督导日期：" + i.visitedOn() + "；督导指标：" + i.rubricName(),
                    11,
                    PdfPages.INK);
            p.paragraph("抄送：" + i.districtName() + "学区治理委员会（学区办公室）", 11, PdfPages.INK);
            p.gap(6);
            p.heading("一、督导结果 Result", 12);
            p.paragraph(
                    "得分 " + (i.score() == null ? "—" : i.score().toPlainString()) + " / "
                            + (i.maxScore() == null ? "—" : i.maxScore().toPlainString()) + "，得分率 "
                            + (i.rate() == null ? "—" : i.rate().toPlainString() + "%") + "。",
                    11,
                    PdfPages.INK);
            float[] widths = {200, 100, 100, 100};
            p.row(widths, List.of("领域 Domain", "得分 Points", "满分 Max", "得分率 Rate"), 9, PdfPages.GREY);
            for (InspectionView.DomainResult d : i.domains()) {
                p.row(
                        widths,
                        List.of(
                                d.nameZh(),
                                d.points().toPlainString(),
                                d.maxPoints().toPlainString(),
                                d.rate() == null ? "—" : d.rate().toPlainString() + "%"),
                        10,
                        PdfPages.INK);
            }
            if (i.summary() != null) {
                p.gap(4);
                p.paragraph("总体意见：" + i.summary(), 11, PdfPages.INK);
            }
            p.gap(6);
            p.heading("二、发现的问题及整改要求 Findings and requirements", 12);
            if (findings.isEmpty()) {
                p.paragraph("本次督导未发现问题。", 11, PdfPages.INK);
            }
            int n = 1;
            for (FindingView f : findings) {
                p.paragraph(
                        n++ + ". 【" + SEVERITIES.get(f.severity()) + "】" + f.domainName() + " · " + f.criterionText()
                                + (f.relapse() ? "（问题反弹）" : ""),
                        11,
                        f.severity() == Severity.GENERAL ? PdfPages.INK : PdfPages.RED);
                p.paragraph("问题：" + f.description(), 10, PdfPages.INK);
                p.paragraph("佐证：" + f.evidence(), 10, PdfPages.INK);
                if (f.requirement() != null) {
                    p.paragraph("整改要求：" + f.requirement(), 10, PdfPages.INK);
                }
                if (f.order() != null) {
                    p.paragraph(
                            "整改责任人：" + f.order().owner() + "；整改期限：" + f.order().deadline(), 10, PdfPages.INK);
                }
                if (f.severity().escalates()) {
                    p.paragraph("该问题已（将）书面上报区教育督导部门和教育行政部门，由教育行政部门下达整改通知，限期整改。", 10, PdfPages.GREY);
                }
                p.gap(4);
            }
            p.gap(6);
            p.paragraph("请督导对象按要求整改，并在期限内通过平台提交整改措施和佐证材料；责任督学将进行复查。", 10, PdfPages.INK);
        });
    }
}
