package org.xuequ.enrollment.children.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.enrollment.children.ChildCategory;
import org.xuequ.enrollment.children.ChildForm;
import org.xuequ.enrollment.children.Children;
import org.xuequ.enrollment.children.HukouType;
import org.xuequ.enrollment.children.Privacy;
import org.xuequ.enrollment.children.SchoolAgeChild;
import org.xuequ.enrollment.cycles.Cycles;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.web.EnrollmentViews;
import org.xuequ.enrollment.web.EnrollmentViews.ChildView;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;

/** 适龄儿童: registered and read by the commission and district offices; others see masked numbers. */
@RestController
@RequestMapping("/api/enrollment/children")
@Permits({Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.INSPECTOR})
class ChildController {

    private final Children children;
    private final Cycles cycles;
    private final EnrollmentViews views;
    private final Privacy privacy;

    ChildController(Children children, Cycles cycles, EnrollmentViews views, Privacy privacy) {
        this.children = children;
        this.cycles = cycles;
        this.views = views;
        this.privacy = privacy;
    }

    /**
     * A school-age child (适龄儿童) to register or revise. Block and unit ids must be of the cycle's region.
     * @param cycleId the enrollment cycle; required on registration, ignored by a revision
     * @param idNumber the 18-character resident ID number
     * @param birthDate required (null answers 400 naming the field); must match the ID number
     * @param hukouType required (null answers 400 naming the field)
     * @param hukouBlockId the address block of the household registration (户籍); required for LOCAL hukou
     * @param hukouAddress the registered household address, as text
     * @param residenceBlockId the address block where the family lives; required (null answers 400 naming the field)
     * @param propertyOwned whether the family owns the home; then propertyBlockId and propertySince are required
     * @param siblingUnitId the school a sibling attends; required with the SIBLING category
     * @param primaryUnitId the primary school attended; required in a junior cycle
     * @param version required by a revision: the version the editor saw
     */
    record ChildRequest(
            @Nullable Long cycleId,
            String name,
            String idNumber,
            @Nullable LocalDate birthDate,
            @Nullable HukouType hukouType,
            @Nullable Long hukouBlockId,
            String hukouAddress,
            @Nullable Long residenceBlockId,
            Boolean propertyOwned,
            @Nullable Long propertyBlockId,
            @Nullable LocalDate propertySince,
            @Nullable LocalDate residenceSince,
            Set<ChildCategory> categories,
            @Nullable Long siblingUnitId,
            @Nullable Long primaryUnitId,
            Long version) {
        ChildForm form() {
            return new ChildForm(
                    name,
                    idNumber,
                    birthDate,
                    hukouType,
                    hukouBlockId,
                    hukouAddress,
                    residenceBlockId,
                    propertyOwned,
                    propertyBlockId,
                    propertySince,
                    residenceSince,
                    categories,
                    siblingUnitId,
                    primaryUnitId);
        }
    }

    /**
     * A newly registered child.
     * @param familyAccessCode the family's access code for 家长服务, shown this once
     */
    record RegisteredView(ChildView child, String familyAccessCode) {}

    /**
     * Lists the children in the caller's data scope, filtered by cycle, eligibility (with a cycle), district and q:
     * part of the name or, for a caller who sees full ID numbers, the number's last digits. Paged. Where numbers are
     * masked, sorting by ID number or birth date answers 400; where they are not, the access is audited.
     */
    @GetMapping
    Page<ChildView> search(
            @RequestParam(required = false) Long cycleId,
            @RequestParam(required = false) Long districtId,
            @RequestParam(required = false) Boolean eligible,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.ASC) Pageable pageable) {
        Page<SchoolAgeChild> page = children.search(new Children.Filter(cycleId, districtId, eligible, q), pageable);
        List<ChildView> content = views.children(page.getContent(), cyclesOf(page.getContent()));
        privacy.recordShown(
                "children list",
                page.getContent().stream().map(Privacy.Shown::of).toList());
        return new PageImpl<>(content, pageable, page.getTotalElements());
    }

    /** One child; where the caller sees the full ID number, the access is audited. */
    @GetMapping("/{id}")
    ChildView get(@PathVariable long id) {
        SchoolAgeChild child = children.get(id);
        privacy.recordShown("child", child);
        return one(child);
    }

    /**
     * Registers a child in a cycle and issues the family's access code. 400 lists every invalid field (including an ID
     * number already registered in the cycle).
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    RegisteredView register(@RequestBody ChildRequest request) {
        if (request.cycleId() == null) {
            throw XuequProblem.invalid("cycleId", "error.required");
        }
        Children.Registered registered = children.register(request.cycleId(), request.form());
        privacy.recordShown("child registered", registered.child());
        return new RegisteredView(one(registered.child()), registered.familyAccessCode());
    }

    /** Revises a child's registration. 409 when the version is stale; 400 lists every invalid field. */
    @PutMapping("/{id}")
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    ChildView revise(@PathVariable long id, @RequestBody ChildRequest request) {
        SchoolAgeChild child = children.revise(id, request.version() == null ? -1 : request.version(), request.form());
        privacy.recordShown("child revised", child);
        return one(child);
    }

    /**
     * A family's new access code.
     *
     * @param familyAccessCode the new access code, shown this once; the old one stops working
     */
    record AccessCode(String familyAccessCode) {}

    /** Issues the family a new access code; the old one stops working. */
    @PostMapping("/{id}/access-code")
    @Permits({Role.COMMISSION, Role.DISTRICT_OFFICE})
    AccessCode resetAccessCode(@PathVariable long id) {
        return new AccessCode(children.resetAccessCode(id));
    }

    private ChildView one(SchoolAgeChild child) {
        return views.children(List.of(child), cyclesOf(List.of(child))).get(0);
    }

    private Map<Long, EnrollmentCycle> cyclesOf(List<SchoolAgeChild> list) {
        return list.stream()
                .map(SchoolAgeChild::getCycleId)
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(), id -> cycles.unscoped().cycle(id)));
    }
}
