package org.xuequ.evaluation.assessment.weak;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.evaluation.assessment.AssessedUnit;
import org.xuequ.evaluation.assessment.AssessmentCycles;
import org.xuequ.evaluation.assessment.AssessmentRefusal;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.registry.RegistryReads;
import org.xuequ.registry.RegistryReads.DistrictMember;
import org.xuequ.registry.SchoolYear;

/**
 * Weak-unit files and their support plans. Read like the assessment (a unit reads its own file);
 * the commission opens files, plans and reviews measures and closes files; the unit's district
 * office or the unit itself reports a measure done. Which day it is (for overdue measures) comes
 * from the clock, by the Beijing calendar.
 */
@Service
@Transactional
public class WeakUnitFiles {

    static final ScopePaths<WeakUnitFile> SCOPE =
            ScopePaths.of(WeakUnitFile_.regionCode, WeakUnitFile_.districtId, WeakUnitFile_.unitId);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final WeakUnitFileRepository files;
    private final AssessmentCycles cycles;
    private final RegistryReads registry;
    private final CurrentUser currentUser;
    private final Clock clock;

    WeakUnitFiles(
            WeakUnitFileRepository files,
            AssessmentCycles cycles,
            RegistryReads registry,
            CurrentUser currentUser,
            Clock clock) {
        this.files = files;
        this.cycles = cycles;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Today by the Beijing calendar: a measure is overdue from the day after its deadline. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    /** Files in the caller's scope, optionally of one state, newest first. */
    @Transactional(readOnly = true)
    public List<WeakUnitFile> list(WeakUnitFile.@Nullable State state) {
        Specification<WeakUnitFile> spec = ScopeSpecification.within(currentUser.scope(), SCOPE);
        if (state != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(WeakUnitFile_.state), state));
        }
        return files.findAll(spec, Sort.by(Sort.Direction.DESC, "openedAt", "id"));
    }

    @Transactional(readOnly = true)
    public WeakUnitFile get(long id) {
        WeakUnitFile file = files.findById(id).orElseThrow(() -> XuequProblem.notFound("WeakUnitFile", id));
        currentUser.requireCovers(file.scopeTarget());
        return file;
    }

    /** Units of the cycle with a file opened from it, or with an open file: the cycle's list marks them weak. */
    @Transactional(readOnly = true)
    public Set<Long> weakUnits(long cycleId) {
        Set<Long> ids = new HashSet<>();
        files.findByCycleIdOrState(cycleId, WeakUnitFile.State.OPEN).forEach(f -> ids.add(f.getUnitId()));
        return ids;
    }

    /**
     * Opens a file for a unit of the commission's region, from a cycle (the unit's place in it) or not
     * (its district this school year). One open file per unit: 409 weak-file-open.
     */
    public WeakUnitFile open(String regionCode, Long unitId, @Nullable Long cycleId, String reason) {
        if (regionCode == null) {
            throw new OutOfScopeException();
        }
        String region = regionCode;
        currentUser.requireCovers(ScopeTarget.region(region));
        List<FieldProblem> errors = new ArrayList<>();
        if (unitId == null) {
            errors.add(new FieldProblem("unitId", "error.required"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldProblem("reason", "error.required"));
        } else if (reason.strip().length() > 1000) {
            errors.add(new FieldProblem("reason", "error.too-long-1000"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        Long districtId;
        if (cycleId != null) {
            AssessedUnit place = cycles.placeInCycle(cycleId, unitId);
            currentUser.requireCovers(place.scopeTarget());
            districtId = place.getDistrictId();
        } else {
            if (!registry.unitNamesIn(region).containsKey(unitId)) {
                throw XuequProblem.invalid("unitId", "error.other-region");
            }
            DistrictMember place = AssessmentCycles.placesOf(
                            registry.districtMembers(region, SchoolYear.current(clock)))
                    .get(unitId);
            districtId = place == null ? null : place.districtId();
        }
        if (files.existsByUnitIdAndState(unitId, WeakUnitFile.State.OPEN)) {
            throw AssessmentRefusal.WEAK_FILE_OPEN.problem();
        }
        return files.saveAndFlush(new WeakUnitFile(
                region, unitId, districtId, cycleId, reason.strip(), currentUser.actor(), clock.instant()));
    }

    /** Adds a measure to the file's support plan (the commission). */
    public WeakUnitFile addMeasure(long fileId, String description, String owner, LocalDate deadline) {
        WeakUnitFile file = get(fileId);
        List<FieldProblem> errors = new ArrayList<>();
        text(description, 1000, "description", errors);
        text(owner, 100, "owner", errors);
        if (deadline == null) {
            errors.add(new FieldProblem("deadline", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        file.addMeasure(description.strip(), owner.strip(), deadline);
        files.flush();
        return file;
    }

    /** The unit's district office or the unit itself reports a measure done, with its progress. */
    public WeakUnitFile markDone(long fileId, long measureId, String progress) {
        WeakUnitFile file = get(fileId);
        List<FieldProblem> errors = new ArrayList<>();
        text(progress, 2000, "progress", errors);
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        file.markDone(measureId, progress.strip(), currentUser.actor(), clock.instant());
        files.flush();
        return file;
    }

    /** The commission accepts a done measure (REVIEWED) or sends it back (PLANNED). */
    public WeakUnitFile review(long fileId, long measureId, Boolean accepted, @Nullable String comment) {
        WeakUnitFile file = get(fileId);
        if (accepted == null) {
            throw XuequProblem.invalid("accepted", "error.required");
        }
        if (comment != null && comment.strip().length() > 1000) {
            throw XuequProblem.invalid("comment", "error.too-long-1000");
        }
        file.review(
                measureId,
                accepted,
                comment == null || comment.isBlank() ? null : comment.strip(),
                currentUser.actor(),
                clock.instant());
        files.flush();
        return file;
    }

    /** Closes the file: 409 measures-open while any measure is not REVIEWED. */
    public WeakUnitFile close(long fileId) {
        WeakUnitFile file = get(fileId);
        file.close(currentUser.actor(), clock.instant());
        files.flush();
        return file;
    }

    private static void text(String value, int max, String field, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, "error.required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldProblem(field, "error.too-long-" + max));
        }
    }
}
