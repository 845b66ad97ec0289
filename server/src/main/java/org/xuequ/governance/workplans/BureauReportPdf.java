package org.xuequ.governance.workplans;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;
import org.xuequ.platform.pdf.PdfFont;

/** A district's report to the bureau as a PDF (A4 portrait, embedded Chinese font), section by section. */
public final class BureauReportPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color GREY = new Color(0x6b, 0x72, 0x80);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

    private final PDDocument document;
    private final PdfFont font;
    private PDPageContentStream out;
    private float y;

    private BureauReportPdf(PDDocument document, PdfFont font) {
        this.document = document;
        this.font = font;
    }

    public static void write(BureauReport report, OutputStream target) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfFont font = PdfFont.embedIn(document)) {
            document.getDocumentCatalog().setLanguage("zh-CN");
            document.getDocumentInformation().setTitle(report.districtName() + " 学区治理工作报告");
            BureauReportPdf pdf = new BureauReportPdf(document, font);
            try {
                pdf.report(report);
            } finally {
                pdf.closePage();
            }
            document.save(target);
        }
    }

    private void report(BureauReport r) throws IOException {
        newPage();
        line(r.districtName() + " 学区治理工作报告", 16, INK);
        line(
                "报告期 " + DAY.format(r.from()) + " 至 " + DAY.format(r.to()) + " · 生成于 " + DAY.format(r.generatedAt()),
                9,
                GREY);
        y -= 8;
        line("一、会议", 12, INK);
        text("召开会议 " + r.meetingsHeld() + " 次，纪要已审定 " + r.minutesApproved() + " 次，取消 " + r.meetingsCancelled()
                + " 次；会议作出决议事项 " + r.actionsDecided() + " 项。");
        for (MeetingSummary m : r.meetings()) {
            text("· " + DAY.format(m.startsAt()) + " " + m.title() + "（" + status(m) + "，出席 " + m.present() + "/"
                    + m.invited() + "）");
        }
        y -= 6;
        line("二、决议事项", 12, INK);
        text("未开始 " + r.actionCounts().getOrDefault("OPEN", 0) + " 项，进行中 "
                + r.actionCounts().getOrDefault("IN_PROGRESS", 0) + " 项，已完成 "
                + r.actionCounts().getOrDefault("DONE", 0) + " 项，已撤销 "
                + r.actionCounts().getOrDefault("CANCELLED", 0) + " 项；逾期 " + r.overdue() + " 项，其中已上报 "
                + r.escalated() + " 项。");
        for (ActionView a : r.openOverdue()) {
            text("· 逾期：" + a.title() + "（责任：" + (a.ownerUnitName() != null ? a.ownerUnitName() : a.ownerPerson())
                    + "，期限 " + a.dueDate() + "）");
        }
        y -= 6;
        line("三、年度工作计划与述职", 12, INK);
        if (r.plans().isEmpty()) {
            text("本年度尚无工作计划。");
        }
        for (BureauReport.PlanLine p : r.plans()) {
            text("· " + p.title() + "（" + plan(p.status()) + "，" + p.items() + " 项，完成 " + p.itemsDone() + " 项"
                    + (p.headReportPerson() == null
                            ? ""
                            : "；" + p.headReportPerson() + " 于 " + p.headReportHeardOn() + " 述职")
                    + "）");
        }
    }

    private static String status(MeetingSummary m) {
        return switch (m.status()) {
            case SCHEDULED -> "待召开";
            case IN_SESSION -> "进行中";
            case CLOSED -> "纪要待审定";
            case MINUTES_APPROVED -> "纪要已审定";
            case CANCELLED -> "已取消";
        };
    }

    private static String plan(WorkPlanStatus s) {
        return switch (s) {
            case DRAFT -> "草拟中";
            case IN_REVIEW -> "待审议";
            case APPROVED -> "已审议通过";
            case MID_YEAR_REPORTED -> "已报年中进展";
            case YEAR_END_REPORTED -> "已报年终完成情况";
        };
    }

    private void text(String paragraph) throws IOException {
        for (String l : font.lines(font.printable(paragraph), SIZE, PAGE.getWidth() - 2 * MARGIN)) {
            line(l, SIZE, INK);
        }
    }

    private void line(String text, float size, Color color) throws IOException {
        if (y < MARGIN + size) {
            newPage();
        }
        out.beginText();
        out.setFont(font.font(), size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(MARGIN, y);
        out.showText(font.printable(text));
        out.endText();
        y -= size + 6;
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
