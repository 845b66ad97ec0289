package org.xuequ.evaluation.assessment.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.evaluation.assessment.AssessmentScheme;
import org.xuequ.evaluation.assessment.AssessmentSchemes;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/** 考核方案: the weighted criteria of the annual assessment. Read in the region; written by the commission. */
@RestController
@RequestMapping("/api/evaluation/assessment/schemes")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR, Role.UNIT})
class AssessmentSchemeController {

    private final AssessmentSchemes schemes;
    private final AssessmentViews views;
    private final CurrentUser currentUser;

    AssessmentSchemeController(AssessmentSchemes schemes, AssessmentViews views, CurrentUser currentUser) {
        this.schemes = schemes;
        this.views = views;
        this.currentUser = currentUser;
    }

    /** The region's schemes, newest year first, each with its criteria and whether a cycle uses it. */
    @GetMapping
    List<AssessmentViews.SchemeView> list() {
        return schemes.list().stream().map(views::scheme).toList();
    }

    /** One scheme with its criteria. */
    @GetMapping("/{id}")
    AssessmentViews.SchemeView get(@PathVariable long id) {
        return views.scheme(schemes.get(id));
    }

    /**
     * Creates a scheme of the commission's region. The weights sum to 100 (else 400 naming
     * {@code criteria}); codes are unique within the scheme; each field is checked, 400 naming it.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits(Role.COMMISSION)
    AssessmentViews.SchemeView create(@RequestBody AssessmentScheme.Form form) {
        return views.scheme(schemes.create(currentUser.scope().regionCode(), form));
    }

    /**
     * Edits a scheme no cycle uses (criteria matched by code keep their ids). 409 scheme-in-use once a
     * cycle uses it: copy it with POST …/versions instead.
     */
    @PutMapping("/{id}")
    @Permits(Role.COMMISSION)
    AssessmentViews.SchemeView revise(@PathVariable long id, @RequestBody AssessmentScheme.Form form) {
        return views.scheme(schemes.revise(id, form));
    }

    /**
     * A new name for a scheme's new version.
     *
     * @param name the copy's name; empty means the original's name followed by （修订）
     */
    record VersionForm(@Nullable String name) {}

    /** Copies a scheme (usually one in use, which is never edited) as a new, unused version to edit. */
    @PostMapping("/{id}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Permits(Role.COMMISSION)
    AssessmentViews.SchemeView newVersion(@PathVariable long id, @RequestBody(required = false) VersionForm form) {
        return views.scheme(schemes.newVersion(id, form == null ? null : form.name()));
    }
}
