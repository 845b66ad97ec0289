package org.xuequ.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.platform.internal.jobs.InMemoryJobs;
import org.xuequ.platform.internal.jobs.Job;

/** Progress of background jobs, polled by the console; a failure comes back as the problem it would have been. */
@RestController
@RequestMapping("/api/platform/jobs")
@Permits(
        value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
        scope = ScopeRule.OWN_ACCOUNT)
class JobController {

    private final InMemoryJobs jobs;
    private final ImportRejectedAdvice problems;

    JobController(InMemoryJobs jobs, ImportRejectedAdvice problems) {
        this.jobs = jobs;
        this.problems = problems;
    }

    /**
     * One background job's progress (imports, allocation runs): jobId, kind, state, phase, processed of total,
     * startedAt; result once it SUCCEEDED, or problem (the RFC 9457 problem it failed with) once it FAILED. 404 for an
     * unknown or expired job.
     */
    @GetMapping("/{id}")
    Map<String, Object> job(@PathVariable String id, HttpServletRequest request) {
        Job job = jobs.find(id).orElseThrow(() -> XuequProblem.notFound("Job", id));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("jobId", job.id());
        view.put("kind", job.kind());
        view.put("state", job.state());
        view.put("phase", job.phase());
        view.put("processed", job.processed());
        view.put("total", job.total());
        view.put("startedAt", job.startedAt());
        if (job.state() == Job.State.SUCCEEDED) {
            view.put("result", job.result());
        } else if (job.state() == Job.State.FAILED) {
            ProblemDetail problem = problems.render(job.failure(), request);
            view.put("problem", problem);
        }
        return view;
    }
}
