package org.xuequ.workforce.training.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.excel.ExcelSheet;
import org.xuequ.workforce.training.Course;
import org.xuequ.workforce.training.CourseLevel;
import org.xuequ.workforce.training.CourseView;
import org.xuequ.workforce.training.Courses;
import org.xuequ.workforce.training.CoverageView;
import org.xuequ.workforce.training.TrainingCoverage;

/**
 * Training (培训): the three-year coverage tracker and its export for the bureau, courses of the current cycle with
 * enrolment and completion, and a person's training.
 */
@RestController
@RequestMapping("/api/workforce/training")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSPECTOR})
class TrainingController {

    private static final ExcelSheet SHEET = new ExcelSheet(
            "培训覆盖",
            List.of(
                    new ExcelSheet.Column("单位", "unit", "", 28),
                    new ExcelSheet.Column("在职人数", "active", "", 10),
                    new ExcelSheet.Column("已培训", "trained", "", 10),
                    new ExcelSheet.Column("未培训", "untrained", "", 10),
                    new ExcelSheet.Column("覆盖率", "share", "", 10),
                    new ExcelSheet.Column("未培训人员", "not yet trained", "姓名（岗位） / name (post)", 60)));

    private final TrainingCoverage coverage;
    private final Courses courses;

    TrainingController(TrainingCoverage coverage, Courses courses) {
        this.coverage = coverage;
        this.courses = courses;
    }

    record CycleForm(
            @NotBlank @Size(max = 100) String name,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {}

    record CycleView(long id, String name, LocalDate startsOn, LocalDate endsOn) {}

    record CourseForm(
            @Nullable Long districtId,
            @NotBlank @Size(max = 200) String title,
            @NotNull CourseLevel level,
            @NotBlank @Size(max = 200) String provider,
            @NotNull @DecimalMin("0.5") @DecimalMax("500") BigDecimal hours,
            @Nullable @Size(max = 200) String targetPosts,
            @NotNull LocalDate startsOn) {}

    record EnrolForm(@NotEmpty @Size(max = 500) List<@NotNull Long> staffIds) {}

    record VersionForm(@NotNull Long version) {}

    /** The current cycle's coverage of the caller's units (or one unit): figures by district and unit, who is left. */
    @GetMapping("/coverage")
    CoverageView coverage(@RequestParam(required = false) Long unitId) {
        return coverage.coverage(unitId);
    }

    /** The coverage as an Excel sheet for the bureau: one row a unit, with the names still to be trained. */
    @GetMapping("/coverage/export")
    ResponseEntity<StreamingResponseBody> export() {
        CoverageView view = coverage.coverage(null);
        Map<Long, String> untrainedByUnit = view.untrained().stream()
                .collect(Collectors.groupingBy(
                        CoverageView.Untrained::unitId,
                        Collectors.mapping(CoverageView.Untrained::name, Collectors.joining("、"))));
        StreamingResponseBody body = out -> SHEET.write(
                out,
                rows -> view.units()
                        .forEach(u -> rows.accept(Arrays.asList(
                                u.name(),
                                u.active(),
                                u.trained(),
                                u.untrained(),
                                String.format("%.1f%%", u.share() * 100),
                                untrainedByUnit.getOrDefault(u.id(), "")))));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"training-coverage-"
                                + view.cycle().startsOn() + ".xlsx\"")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    /** Opens a training cycle of the region (the commission's). */
    @PostMapping("/cycles")
    @Permits({Role.ADMIN, Role.COMMISSION})
    CycleView openCycle(@Valid @RequestBody CycleForm form) {
        var cycle = courses.openCycle(form.name(), form.startsOn(), form.endsOn());
        return new CycleView(cycle.getId(), cycle.getName(), cycle.getStartsOn(), cycle.getEndsOn());
    }

    /** The current cycle's courses, newest first. */
    @GetMapping("/courses")
    List<CourseView> courses() {
        return courses.list();
    }

    @GetMapping("/courses/{id}")
    CourseView course(@PathVariable long id) {
        return courses.get(id);
    }

    /** A course of the current cycle: region-wide (the commission) or a district's (its office). */
    @PostMapping("/courses")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    CourseView create(@Valid @RequestBody CourseForm form) {
        return courses.create(new Course.Fields(
                form.districtId(),
                form.title(),
                form.level(),
                form.provider(),
                form.hours(),
                form.targetPosts(),
                form.startsOn()));
    }

    /** Enrols people: a unit its own staff, officials anyone in their scope. */
    @PostMapping("/courses/{id}/enrolments")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT})
    CourseView enrol(@PathVariable long id, @Valid @RequestBody EnrolForm form) {
        return courses.enrol(id, form.staffIds());
    }

    /** Records a completion; the course's hours are credited. */
    @PostMapping("/courses/{id}/enrolments/{enrolmentId}/complete")
    @Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE})
    CourseView complete(@PathVariable long id, @PathVariable long enrolmentId, @Valid @RequestBody VersionForm form) {
        return courses.complete(id, enrolmentId, form.version());
    }

    /** A person's courses and whether the current cycle counts them as trained. */
    @GetMapping("/staff/{staffId}")
    CourseView.PersonTraining ofPerson(@PathVariable long staffId) {
        return courses.ofPerson(staffId);
    }
}
