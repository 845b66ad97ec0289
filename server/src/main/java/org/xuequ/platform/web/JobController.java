package org.xuequ.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.platform.internal.jobs.JobProblem;
import org.xuequ.platform.internal.jobs.JobRow;
import org.xuequ.platform.internal.jobs.JobRows;
import org.xuequ.platform.internal.web.ProblemRenderer;
import tools.jackson.databind.json.JsonMapper;

/** Progress of background jobs, polled by the console; a failure comes back as the problem it would have been. */
@RestController
@RequestMapping("/api/platform/jobs")
@Permits(
        value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
        scope = ScopeRule.OWN_ACCOUNT)
class JobController {

    private final JobRows jobs;
    private final CurrentUser currentUser;
    private final ProblemRenderer problems;
    private final JsonMapper json;

    JobController(JobRows jobs, CurrentUser currentUser, ProblemRenderer problems, JsonMapper json) {
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.problems = problems;
        this.json = json;
    }

    /**
     * One background job's progress (imports, allocation runs, index rebuilds), answered by any node: jobId, kind,
     * state (RUNNING, SUCCEEDED, FAILED), phase, processed of total, startedAt, finishedAt, attempts and note (e.g.
     * that it was resumed on another node); result once it SUCCEEDED, or problem (the RFC 9457 problem it failed
     * with) once it FAILED — a job whose node stopped fails with urn:xuequ:problem:job-node-lost. Only the user who
     * started a job sees it; 404 for an unknown job or one finished more than a week ago.
     */
    @GetMapping("/{id}")
    Map<String, Object> job(@PathVariable String id, HttpServletRequest request) {
        JobRow job = parse(id)
                .flatMap(jobs::find)
                .filter(row -> row.owner().equals(currentUser.actor()))
                .orElseThrow(() -> XuequProblem.notFound("Job", id));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("jobId", job.id().toString());
        view.put("kind", job.kind());
        view.put("state", job.state());
        view.put("phase", job.phase());
        view.put("processed", job.processed());
        view.put("total", job.total());
        view.put("startedAt", job.startedAt());
        view.put("finishedAt", job.finishedAt());
        view.put("attempts", job.attempts());
        view.put("note", job.note());
        if (job.state() == JobRow.State.SUCCEEDED) {
            view.put("result", job.result() == null ? null : json.readTree(job.result()));
        } else if (job.state() == JobRow.State.FAILED) {
            view.put("problem", render(json.readValue(job.problem(), JobProblem.class), request));
        }
        return view;
    }

    private ProblemDetail render(JobProblem failure, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(
                request,
                failure.httpStatus(),
                failure.key(),
                failure.arguments().toArray(),
                failure.errors());
        if (failure.errorCount() != null) {
            problem.setProperty("errorCount", failure.errorCount());
            problem.setProperty("badRows", failure.badRows());
        }
        return problem;
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAJobId) {
            return java.util.Optional.empty();
        }
    }
}
