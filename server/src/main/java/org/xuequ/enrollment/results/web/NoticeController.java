package org.xuequ.enrollment.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.results.AdmissionNotices;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/**
 * 入学通知书 as PDF, for the offices that hand them out and a school for its own pupils (the scope
 * of {@code RunResults} decides which children). Written straight to the
 * response, so a school's few hundred pages are never held as one byte array.
 */
@RestController
@RequestMapping("/api/enrollment/runs/{id}")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
class NoticeController {

    private final AdmissionNotices notices;

    NoticeController(AdmissionNotices notices) {
        this.notices = notices;
    }

    /**
     * One child's admission notice (入学通知书) as a PDF, by application number, once the run is reviewed or published (409
     * before); not cacheable. 404 when the child was not placed.
     */
    @GetMapping("/notices/{applicationNumber}.pdf")
    void notice(@PathVariable long id, @PathVariable String applicationNumber, HttpServletResponse response)
            throws IOException {
        write(notices.notice(id, applicationNumber), response);
    }

    /**
     * The admission notices of every child placed at a school in the run, as one PDF, once the run is reviewed or
     * published; not cacheable. 404 when the school has no placed child in the run.
     */
    @GetMapping("/notices.pdf")
    void school(@PathVariable long id, @RequestParam long unitId, HttpServletResponse response) throws IOException {
        write(notices.school(id, unitId), response);
    }

    private static void write(AdmissionNotices.Pdf pdf, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(pdf.fileName()).build().toString());
        // Children's names: no shared cache may keep a copy.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        pdf.writeTo(response.getOutputStream());
    }
}
