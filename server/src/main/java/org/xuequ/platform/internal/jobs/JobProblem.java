package org.xuequ.platform.internal.jobs;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.excel.ImportRejected;

/**
 * Why a job failed, kept as message keys and arguments (not text), so that each poll renders it as an RFC 9457
 * problem in the poller's own language, as an error of the request would have been.
 */
public record JobProblem(
        int status,
        String key,
        List<Object> arguments,
        List<FieldProblem> errors,
        Integer errorCount,
        Integer badRows) {

    /** The node that ran the job stopped (crash, kill, restart) before the job ended. */
    static final JobProblem NODE_LOST = new JobProblem(
            HttpStatus.SERVICE_UNAVAILABLE.value(), "problem.job-node-lost", List.of(), List.of(), null, null);

    static JobProblem of(RuntimeException failure) {
        if (!(failure instanceof XuequProblem problem)) {
            return new JobProblem(
                    HttpStatus.INTERNAL_SERVER_ERROR.value(), "problem.internal", List.of(), List.of(), null, null);
        }
        Integer errorCount = null;
        Integer badRows = null;
        if (problem instanceof ImportRejected rejected) {
            errorCount = rejected.errorCount();
            badRows = rejected.badRows();
        }
        return new JobProblem(
                problem.status().value(),
                problem.messageKey(),
                Arrays.asList(problem.arguments()),
                problem.errors(),
                errorCount,
                badRows);
    }

    public HttpStatus httpStatus() {
        return HttpStatus.valueOf(status);
    }
}
