package org.xuequ.supervision.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.supervision.findings.Findings;
import org.xuequ.supervision.inspections.InspectionView;
import org.xuequ.supervision.inspections.Inspections;

/** The written documents: the semester report (PDF, Excel) and an inspection's feedback (PDF). */
@Service
@Transactional(readOnly = true)
public class SupervisionDocuments {

    private final Inspections inspections;
    private final Findings findings;

    SupervisionDocuments(Inspections inspections, Findings findings) {
        this.inspections = inspections;
        this.findings = findings;
    }

    public String reportTitle(ReportView report) {
        return ReportDocuments.title(report);
    }

    public void reportPdf(ReportView report, OutputStream out) throws IOException {
        ReportDocuments.pdf(report, out);
    }

    public void reportXlsx(ReportView report, OutputStream out) throws IOException {
        ReportDocuments.xlsx(report, out);
    }

    /** The feedback of a submitted inspection; drawn in memory first so a refusal is still a problem response. */
    public void feedbackPdf(long inspectionId, OutputStream out) throws IOException {
        InspectionView inspection = inspections.get(inspectionId);
        if (inspection.canEdit()) {
            throw new org.xuequ.platform.XuequProblem(
                    org.springframework.http.HttpStatus.CONFLICT, "problem.supervision-feedback-draft");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        FeedbackPdf.write(inspection, findings.ofInspection(inspectionId), buffer);
        buffer.writeTo(out);
    }
}
