package org.xuequ.governance.workplans;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.xuequ.governance.actions.ActionView;
import org.xuequ.governance.meetings.MeetingViews.MeetingSummary;
import org.xuequ.platform.pdf.PdfPages;

/** A district's report to the bureau as a PDF (A4 portrait, embedded Chinese font), section by section. */
public final class BureauReportPdf {

    private static final float SIZE = 10.5f;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

    private BureauReportPdf() {}

    public static void write(BureauReport report, OutputStream target) throws IOException {
        PdfPages.write(
                report.districtName() + " 学区治理工作报告",
                PdfPages.Layout.PORTRAIT.withMargin(56),
                target,
                pages -> report(pages, report));
    }

    private static void report(PdfPages pages, BureauReport r) throws IOException {
        pages.paragraph(r.districtName() + " 学区治理工作报告", 16, PdfPages.INK);
        pages.paragraph(
                "报告期 " + DAY.format(r.from()) + " 至 " + DAY.format(r.to()) + " · 生成于 " + DAY.format(r.generatedAt()),
                9,
                PdfPages.GREY);
        pages.gap(8);
        pages.heading("一、会议", 12);
        text(
                pages,
                "召开会议 " + r.meetingsHeld() + " 次，纪要已审定 " + r.minutesApproved() + " 次，取消 " + r.meetingsCancelled()
                        + " 次；会议作出决议事项 " + r.actionsDecided() + " 项。");
        for (MeetingSummary m : r.meetings()) {
            text(
                    pages,
                    "· " + DAY.format(m.startsAt()) + " " + m.title() + "（" + status(m) + "，出席 " + m.present() + "/"
                            + m.invited() + "）");
        }
        pages.gap(6);
        pages.heading("二、决议事项", 12);
        text(
                pages,
                "未开始 " + r.actionCounts().getOrDefault("OPEN", 0) + " 项，进行中 "
                        + r.actionCounts().getOrDefault("IN_PROGRESS", 0) + " 项，已完成 "
                        + r.actionCounts().getOrDefault("DONE", 0) + " 项，已撤销 "
                        + r.actionCounts().getOrDefault("CANCELLED", 0) + " 项；逾期 " + r.overdue() + " 项，其中已上报 "
                        + r.escalated() + " 项。");
        for (ActionView a : r.openOverdue()) {
            text(
                    pages,
                    "· 逾期：" + a.title() + "（责任：" + (a.ownerUnitName() != null ? a.ownerUnitName() : a.ownerPerson())
                            + "，期限 " + a.dueDate() + "）");
        }
        pages.gap(6);
        pages.heading("三、年度工作计划与述职", 12);
        if (r.plans().isEmpty()) {
            text(pages, "本年度尚无工作计划。");
        }
        for (BureauReport.PlanLine p : r.plans()) {
            text(
                    pages,
                    "· " + p.title() + "（" + plan(p.status()) + "，" + p.items() + " 项，完成 " + p.itemsDone() + " 项"
                            + (p.headReportPerson() == null
                                    ? ""
                                    : "；" + p.headReportPerson() + " 于 " + p.headReportHeardOn() + " 述职")
                            + "）");
        }
    }

    private static void text(PdfPages pages, String paragraph) throws IOException {
        pages.paragraph(paragraph, SIZE, PdfPages.INK);
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
}
