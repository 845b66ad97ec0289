package org.xuequ.governance.meetings.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.xuequ.governance.meetings.Meeting;
import org.xuequ.governance.meetings.MeetingStatus;
import org.xuequ.platform.pdf.PdfPages;

/**
 * A meeting's minutes (会议纪要) as a PDF (A4 portrait) in Chinese: the minutes' text as approved, line by line, with
 * who approved them when; minutes not yet approved are marked as a draft on every page.
 */
public final class MinutesPdf {

    private static final float SIZE = 11;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private MinutesPdf() {}

    public static void write(Meeting m, String bodyName, OutputStream target) throws IOException {
        boolean draft = m.getStatus() != MeetingStatus.MINUTES_APPROVED;
        PdfPages.Layout layout = PdfPages.Layout.PORTRAIT.withMargin(56).withPageMark(draft ? "草稿 未审定 Draft" : null);
        PdfPages.write(m.getTitle() + " 会议纪要", layout, target, pages -> {
            pages.paragraph(m.getTitle() + " 会议纪要", 16, PdfPages.INK);
            pages.paragraph(bodyName + " · Minutes", 9, PdfPages.GREY);
            pages.gap(8);
            String text = m.getMinutes() == null ? "" : m.getMinutes();
            for (String paragraph : text.split("\\R", -1)) {
                if (paragraph.isBlank()) {
                    pages.gap(SIZE);
                } else {
                    pages.paragraph(paragraph, SIZE, PdfPages.INK);
                }
            }
            pages.gap(12);
            if (m.getMinutesApprovedAt() != null) {
                pages.paragraph(
                        "纪要已于 " + WHEN.format(m.getMinutesApprovedAt()) + " 由 " + m.getMinutesApprovedBy() + " 审定。",
                        9,
                        PdfPages.GREY);
            }
        });
    }
}
