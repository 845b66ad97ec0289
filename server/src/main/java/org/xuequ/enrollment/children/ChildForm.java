package org.xuequ.enrollment.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.xuequ.enrollment.cycles.EnrollmentCycle;
import org.xuequ.enrollment.cycles.Level;
import org.xuequ.platform.IdNumber;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.registry.RegistryReads;

/**
 * A child's facts as entered on the form or read from one Excel row. {@link #validate} checks
 * everything that can be checked without the database's current state.
 */
public record ChildForm(
        String name,
        String idNumber,
        LocalDate birthDate,
        HukouType hukouType,
        Long hukouBlockId,
        String hukouAddress,
        Long residenceBlockId,
        Boolean propertyOwned,
        Long propertyBlockId,
        LocalDate propertySince,
        LocalDate residenceSince,
        Set<ChildCategory> categories,
        Long siblingUnitId,
        Long primaryUnitId) {

    /** Ids that exist in the cycle's region, to check references against. */
    public interface Known {
        boolean block(long id);

        boolean unit(long id);
    }

    /** Block and unit ids of a region, read once, to check a form's or an import's references in memory. */
    public static Known known(RegistryReads registry, String regionCode) {
        return known(
                registry.blockNamesIn(regionCode).keySet(),
                registry.unitNamesIn(regionCode).keySet());
    }

    /** The same over ids a caller has read already (an import reads the names as well). */
    public static Known known(Set<Long> blocks, Set<Long> units) {
        return new Known() {
            @Override
            public boolean block(long id) {
                return blocks.contains(id);
            }

            @Override
            public boolean unit(long id) {
                return units.contains(id);
            }
        };
    }

    public List<FieldProblem> validate(EnrollmentCycle cycle, Known known, LocalDate today, Integer row) {
        List<FieldProblem> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldProblem("name", "error.required", row));
        } else if (name.strip().length() > 50) {
            errors.add(new FieldProblem("name", "error.too-long-50", row));
        }
        String id = IdNumber.normalise(idNumber);
        IdNumber.problem(id).ifPresent(reason -> errors.add(new FieldProblem("idNumber", reason, row)));
        if (birthDate == null) {
            errors.add(new FieldProblem("birthDate", "error.required", row));
        } else if (birthDate.isAfter(today)) {
            errors.add(new FieldProblem("birthDate", "error.date-in-future", row));
        } else if (IdNumber.problem(id).isEmpty()
                && !IdNumber.birthDate(id).orElseThrow().equals(birthDate)) {
            errors.add(new FieldProblem("birthDate", "error.id-number.birth-mismatch", row));
        }
        if (hukouType == null) {
            errors.add(new FieldProblem("hukouType", "error.required", row));
        } else if (hukouType == HukouType.LOCAL && hukouBlockId == null) {
            errors.add(new FieldProblem("hukouBlockId", "error.enrollment.local-hukou-needs-block", row));
        }
        checkBlock(errors, "hukouBlockId", hukouBlockId, known, row);
        if (residenceBlockId == null) {
            errors.add(new FieldProblem("residenceBlockId", "error.required", row));
        }
        checkBlock(errors, "residenceBlockId", residenceBlockId, known, row);
        if (Boolean.TRUE.equals(propertyOwned)) {
            if (propertyBlockId == null) {
                errors.add(new FieldProblem("propertyBlockId", "error.enrollment.property-needs-block", row));
            }
            checkBlock(errors, "propertyBlockId", propertyBlockId, known, row);
            if (propertySince == null) {
                errors.add(new FieldProblem("propertySince", "error.required", row));
            } else if (propertySince.isAfter(today)) {
                errors.add(new FieldProblem("propertySince", "error.date-in-future", row));
            }
        }
        if (residenceSince != null && residenceSince.isAfter(today)) {
            errors.add(new FieldProblem("residenceSince", "error.date-in-future", row));
        }
        checkUnit(errors, "siblingUnitId", siblingUnitId, known, row);
        checkUnit(errors, "primaryUnitId", primaryUnitId, known, row);
        if (cycle.getLevel() == Level.JUNIOR && primaryUnitId == null) {
            errors.add(new FieldProblem("primaryUnitId", "error.enrollment.junior-needs-primary", row));
        }
        if (categories != null && categories.contains(ChildCategory.SIBLING) && siblingUnitId == null) {
            errors.add(new FieldProblem("siblingUnitId", "error.enrollment.sibling-needs-school", row));
        }
        return errors;
    }

    SchoolAgeChild.Facts facts() {
        String id = IdNumber.normalise(idNumber);
        Set<ChildCategory> set = categories == null || categories.isEmpty()
                ? EnumSet.noneOf(ChildCategory.class)
                : EnumSet.copyOf(categories);
        return new SchoolAgeChild.Facts(
                name.strip(),
                id,
                birthDate,
                IdNumber.gender(id),
                hukouType,
                hukouBlockId,
                hukouAddress == null || hukouAddress.isBlank() ? null : hukouAddress.strip(),
                residenceBlockId,
                Boolean.TRUE.equals(propertyOwned),
                propertyBlockId,
                propertySince,
                residenceSince,
                set,
                siblingUnitId,
                primaryUnitId);
    }

    private static void checkBlock(List<FieldProblem> errors, String field, Long id, Known known, Integer row) {
        if (id != null && !known.block(id)) {
            errors.add(new FieldProblem(field, "error.enrollment.unknown-block", row));
        }
    }

    private static void checkUnit(List<FieldProblem> errors, String field, Long id, Known known, Integer row) {
        if (id != null && !known.unit(id)) {
            errors.add(new FieldProblem(field, "error.enrollment.unknown-unit", row));
        }
    }
}
