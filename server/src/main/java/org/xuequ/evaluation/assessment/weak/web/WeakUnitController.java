package org.xuequ.evaluation.assessment.weak.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.evaluation.assessment.weak.SupportMeasure;
import org.xuequ.evaluation.assessment.weak.WeakUnitFile;
import org.xuequ.evaluation.assessment.weak.WeakUnitFiles;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.RegistryReads;

/**
 * 薄弱单位档案 and 帮扶计划: read like the assessment (a unit reads its own file); the commission opens
 * files, plans and reviews measures and closes files; the unit's district office or the unit itself
 * reports a measure done.
 */
@RestController
@RequestMapping("/api/evaluation/assessment/weak-units")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class WeakUnitController {

    private final WeakUnitFiles files;
    private final RegistryReads registry;
    private final CurrentUser currentUser;

    WeakUnitController(WeakUnitFiles files, RegistryReads registry, CurrentUser currentUser) {
        this.files = files;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /**
     * A weak-unit file in a list.
     *
     * @param cycleId the assessment cycle it was opened from; null when none
     * @param measures how many measures its support plan has
     * @param measuresDone how many of them are DONE or REVIEWED
     * @param overdue how many are past their deadline and still PLANNED
     */
    record FileRow(
            long id,
            long unitId,
            String unitName,
            @Nullable Long districtId,
            @Nullable String districtName,
            @Nullable Long cycleId,
            String reason,
            Instant openedAt,
            WeakUnitFile.State state,
            long measures,
            long measuresDone,
            long overdue,
            long version) {}

    /**
     * A measure of a support plan.
     *
     * @param owner who carries it out (a person or office, as text)
     * @param deadline the last day (Beijing calendar)
     * @param progress what was done, as reported; null until reported
     * @param reviewComment the commission's comment at its last review; null when none
     * @param overdue the deadline has passed and it is still PLANNED
     * @param canMarkDone whether the caller may report it done now
     * @param canReview whether the caller may review it now
     */
    record MeasureView(
            long id,
            String description,
            String owner,
            LocalDate deadline,
            SupportMeasure.State state,
            @Nullable String progress,
            @Nullable Instant doneAt,
            @Nullable Instant reviewedAt,
            @Nullable String reviewComment,
            boolean overdue,
            boolean canMarkDone,
            boolean canReview,
            long version) {}

    /**
     * A weak-unit file with its support plan.
     *
     * @param closedAt when it was closed; null while OPEN
     * @param canClose whether the caller may close it now (every measure REVIEWED)
     */
    record FileView(
            long id,
            long unitId,
            String unitName,
            @Nullable Long districtId,
            @Nullable String districtName,
            @Nullable Long cycleId,
            String reason,
            Instant openedAt,
            String openedBy,
            @Nullable Instant closedAt,
            WeakUnitFile.State state,
            long measuresDone,
            long overdue,
            List<MeasureView> measures,
            boolean canClose,
            long version) {}

    /** Weak-unit files in the caller's scope, optionally of one state, newest first. */
    @GetMapping
    List<FileRow> list(@RequestParam(required = false) WeakUnitFile.State state) {
        List<WeakUnitFile> list = files.list(state);
        Map<Long, String> units =
                registry.unitNames(list.stream().map(WeakUnitFile::getUnitId).toList());
        Map<Long, String> districts = registry.districtNames(list.stream()
                .map(WeakUnitFile::getDistrictId)
                .filter(java.util.Objects::nonNull)
                .toList());
        LocalDate today = files.today();
        return list.stream()
                .map(f -> new FileRow(
                        f.getId(),
                        f.getUnitId(),
                        units.getOrDefault(f.getUnitId(), ""),
                        f.getDistrictId(),
                        f.getDistrictId() == null ? null : districts.get(f.getDistrictId()),
                        f.getCycleId(),
                        f.getReason(),
                        f.getOpenedAt(),
                        f.getState(),
                        f.getMeasures().size(),
                        done(f),
                        f.overdue(today),
                        f.getVersion()))
                .toList();
    }

    /**
     * A new weak-unit file.
     *
     * @param unitId a unit of the commission's region
     * @param cycleId the assessment cycle it follows from; null when none
     * @param reason why the unit is supported
     */
    record OpenForm(Long unitId, @Nullable Long cycleId, String reason) {}

    /** Opens a weak-unit file (the commission). One open file per unit: 409 weak-file-open. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits(Role.COMMISSION)
    FileView open(@RequestBody OpenForm form) {
        return view(files.open(currentUser.scope().regionCode(), form.unitId(), form.cycleId(), form.reason()));
    }

    /** One file with its support plan's measures. */
    @GetMapping("/{id}")
    FileView get(@PathVariable long id) {
        return view(files.get(id));
    }

    /**
     * A new measure of a support plan.
     *
     * @param owner who carries it out
     * @param deadline the last day, e.g. 2026-06-30
     */
    record MeasureForm(String description, String owner, LocalDate deadline) {}

    /** Adds a measure to the support plan (the commission); 409 weak-file-closed on a closed file. */
    @PostMapping("/{id}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits(Role.COMMISSION)
    FileView addMeasure(@PathVariable long id, @RequestBody MeasureForm form) {
        return view(files.addMeasure(id, form.description(), form.owner(), form.deadline()));
    }

    /** @param progress what was done */
    record DoneForm(String progress) {}

    /**
     * Reports a PLANNED measure DONE, with its progress: the unit's district office or the unit itself.
     * 409 measure-transition from any other state.
     */
    @PostMapping("/{id}/measures/{measureId}/done")
    @Permits({Role.DISTRICT_OFFICE, Role.UNIT})
    FileView done(@PathVariable long id, @PathVariable long measureId, @RequestBody DoneForm form) {
        return view(files.markDone(id, measureId, form.progress()));
    }

    /**
     * The commission's review of a done measure.
     *
     * @param accepted true: REVIEWED; false: back to PLANNED
     * @param comment why, shown to the unit; optional
     */
    record ReviewForm(Boolean accepted, @Nullable String comment) {}

    /** Reviews a DONE measure (the commission): accepted → REVIEWED, not accepted → PLANNED. 409 measure-transition otherwise. */
    @PostMapping("/{id}/measures/{measureId}/review")
    @Permits(Role.COMMISSION)
    FileView review(@PathVariable long id, @PathVariable long measureId, @RequestBody ReviewForm form) {
        return view(files.review(id, measureId, form.accepted(), form.comment()));
    }

    /** Closes the file (the commission): 409 measures-open while any measure is not REVIEWED. */
    @PostMapping("/{id}/close")
    @Permits(Role.COMMISSION)
    FileView close(@PathVariable long id) {
        return view(files.close(id));
    }

    private FileView view(WeakUnitFile f) {
        LocalDate today = files.today();
        boolean commission = currentUser.hasRole(Role.COMMISSION);
        boolean reporter = currentUser.hasRole(Role.DISTRICT_OFFICE) || currentUser.hasRole(Role.UNIT);
        String unitName = registry.unitNames(List.of(f.getUnitId())).getOrDefault(f.getUnitId(), "");
        String districtName = f.getDistrictId() == null
                ? null
                : registry.districtNames(List.of(f.getDistrictId())).get(f.getDistrictId());
        List<MeasureView> measures = f.getMeasures().stream()
                .map(m -> new MeasureView(
                        m.getId(),
                        m.getDescription(),
                        m.getOwner(),
                        m.getDeadline(),
                        m.getState(),
                        m.getProgress(),
                        m.getDoneAt(),
                        m.getReviewedAt(),
                        m.getReviewComment(),
                        m.isOverdue(today),
                        reporter && f.isOpen() && m.canMarkDone(),
                        commission && f.isOpen() && m.canReview(),
                        m.getVersion()))
                .toList();
        return new FileView(
                f.getId(),
                f.getUnitId(),
                unitName,
                f.getDistrictId(),
                districtName,
                f.getCycleId(),
                f.getReason(),
                f.getOpenedAt(),
                f.getOpenedBy(),
                f.getClosedAt(),
                f.getState(),
                done(f),
                f.overdue(today),
                measures,
                commission && f.canClose(),
                f.getVersion());
    }

    private static long done(WeakUnitFile f) {
        return f.getMeasures().stream()
                .filter(m -> m.getState() != SupportMeasure.State.PLANNED)
                .count();
    }
}
