package org.xuequ.enrollment.results;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.results.NoticeLayout.Notice;
import org.xuequ.enrollment.runs.AllocationRun;
import org.xuequ.enrollment.runs.RunResults;
import org.xuequ.enrollment.runs.Runs;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.RegistryReads;

/**
 * 入学通知书 as PDF: one child's, or a whole school's in one file (a page per child). Only once a run
 * is reviewed or published; unplaced children get none. Rows come through {@link RunResults}, so the
 * caller's data scope applies; on paper the ID number is always masked, whoever prints it.
 */
@Service
@Transactional(readOnly = true)
public class AdmissionNotices {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int ROWS_PER_QUERY = 500;

    private final Runs runs;
    private final RunResults results;
    private final Cycles cycles;
    private final RegistryReads registry;
    private final MessageSource messages;

    AdmissionNotices(Runs runs, RunResults results, Cycles cycles, RegistryReads registry, MessageSource messages) {
        this.runs = runs;
        this.results = results;
        this.cycles = cycles;
        this.registry = registry;
        this.messages = messages;
    }

    /**
     * A PDF ready to write. Everything is read and checked before it exists, so a problem (state,
     * scope, not found) is reported before the first byte goes out and writing needs no database.
     */
    public interface Pdf {
        String fileName();

        int pages();

        /** Renders and writes the document; closes {@code out} when done. */
        void writeTo(OutputStream out) throws IOException;
    }

    public Pdf notice(long runId, String applicationNumber) {
        Facts facts = facts(runId);
        RunResults.ResultRow row = results.result(runId, applicationNumber);
        if (row.unitId() == null) {
            throw XuequProblem.notFound("AdmissionNotice", applicationNumber);
        }
        return pdf("notice-" + applicationNumber + ".pdf", List.of(facts.notice(row)));
    }

    public Pdf school(long runId, long unitId) {
        Facts facts = facts(runId);
        if (results.schools(runId).stream().noneMatch(s -> s.unitId() == unitId)) {
            throw XuequProblem.notFound("EducationUnit", unitId);
        }
        List<Notice> notices = new ArrayList<>();
        Page<RunResults.ResultRow> page;
        int number = 0;
        do {
            page = results.results(
                    runId, new RunResults.Filter(unitId, null, true, null), PageRequest.of(number++, ROWS_PER_QUERY));
            page.forEach(row -> notices.add(facts.notice(row)));
        } while (page.hasNext());
        if (notices.isEmpty()) {
            // A PDF without pages is not a document viewers open.
            throw XuequProblem.notFound("AdmissionNotice", unitId);
        }
        return pdf("notices-" + unitId + ".pdf", notices);
    }

    /** What every notice of the run shares. */
    private record Facts(
            AllocationRun run,
            EnrollmentCycle cycle,
            String regionName,
            Map<Long, RegistryReads.School> schools,
            LocalDate issued) {

        Notice notice(RunResults.ResultRow row) {
            RegistryReads.School school = schools.get(row.unitId());
            return new Notice(
                    row.childName(),
                    IdNumber.mask(row.idNumber()),
                    row.number(),
                    cycle.getName(),
                    cycle.getSchoolYear(),
                    row.unitName(),
                    school == null ? null : school.address(),
                    row.stage(),
                    row.choiceRank(),
                    Long.toUnsignedString(row.lottery()),
                    run.getSeedCommitment(),
                    regionName,
                    issued);
        }
    }

    private Facts facts(long runId) {
        AllocationRun run = runs.get(runId);
        run.requireDecided();
        EnrollmentCycle cycle = cycles.unscoped().cycle(run.getCycleId());
        String region = java.util.Optional.ofNullable(
                        registry.regionNames(List.of(run.getRegionCode())).get(run.getRegionCode()))
                .orElse("区");
        Map<Long, RegistryReads.School> schools = registry
                .schools(
                        run.getRegionCode(),
                        cycle.getLevel().schoolTypes(),
                        cycle.getLevel().entryGrade(),
                        cycle.getSchoolYear())
                .stream()
                .collect(Collectors.toMap(RegistryReads.School::id, Function.identity()));
        // Dated by the decision, not the download: the same notice printed twice is the same notice.
        Instant decided = run.getPublishedAt() != null ? run.getPublishedAt() : run.getReviewedAt();
        return new Facts(run, cycle, region, schools, LocalDate.ofInstant(decided, BEIJING));
    }

    private Pdf pdf(String fileName, List<Notice> notices) {
        return new Printed(fileName, notices, messages);
    }

    private record Printed(String fileName, List<Notice> notices, MessageSource messages) implements Pdf {
        @Override
        public int pages() {
            return notices.size();
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            NoticeLayout.print(messages, notices, out);
        }
    }
}
