package org.xuequ.registry.units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.UnitType;
import org.xuequ.registry.districts.DistrictOrganisation;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistrictRepository;
import org.xuequ.registry.internal.RegistryScopes;
import org.xuequ.registry.regions.Subdistrict;
import org.xuequ.registry.regions.SubdistrictRepository;
import org.xuequ.registry.units.EducationUnit.UnitDetails;

/** Finding, creating and editing education units, always inside the caller's data scope. */
@Service
@Transactional
public class EducationUnits {

    private final EducationUnitRepository units;
    private final SchoolDistrictRepository districts;
    private final SubdistrictRepository subdistricts;
    private final CurrentUser currentUser;
    private final DistrictOrganisation organisation;

    EducationUnits(
            EducationUnitRepository units,
            SchoolDistrictRepository districts,
            SubdistrictRepository subdistricts,
            CurrentUser currentUser,
            DistrictOrganisation organisation) {
        this.organisation = organisation;
        this.units = units;
        this.districts = districts;
        this.subdistricts = subdistricts;
        this.currentUser = currentUser;
    }

    public record Filter(String name, UnitType type, Long districtId) {}

    @Transactional(readOnly = true)
    public Page<EducationUnit> search(Filter filter, Pageable pageable) {
        Specification<EducationUnit> spec = ScopeSpecification.within(currentUser.scope(), RegistryScopes.UNITS);
        if (filter.name() != null && !filter.name().isBlank()) {
            String like = "%" + filter.name().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get(EducationUnit_.name), like));
        }
        if (filter.type() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(EducationUnit_.type), filter.type()));
        }
        if (filter.districtId() != null) {
            // Asking for another district's units is refused outright, not answered with an empty page.
            districts.findById(filter.districtId()).ifPresent(d -> currentUser.requireCovers(d.scopeTarget()));
            spec = spec.and((root, query, cb) -> cb.equal(root.get(EducationUnit_.districtId), filter.districtId()));
        }
        return units.findAll(spec, pageable);
    }

    @Transactional(readOnly = true)
    public EducationUnit get(long id) {
        EducationUnit unit = units.findById(id).orElseThrow(() -> XuequProblem.notFound("EducationUnit", id));
        currentUser.requireCovers(unit.scopeTarget());
        return unit;
    }

    public EducationUnit create(UnitDetails details) {
        String regionCode = validate(details, null);
        EducationUnit unit = new EducationUnit(regionCode, details);
        currentUser.requireCovers(unit.scopeTarget());
        EducationUnit saved = units.save(unit);
        organisation.followHomeDistrict(saved);
        return saved;
    }

    /** @param expectedVersion the version the editor saw; a stale edit is refused with 409 */
    public EducationUnit update(long id, long expectedVersion, UnitDetails details) {
        EducationUnit unit = get(id);
        if (unit.getVersion() != expectedVersion) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.stale");
        }
        if (currentUser.hasRole(Role.UNIT)) {
            unit.checkEditByItsOwnStaff(details);
        }
        String regionCode = validate(details, unit);
        if (!regionCode.equals(unit.getRegionCode())) {
            throw XuequProblem.invalid("districtId", "error.other-region");
        }
        unit.apply(details);
        // Moving a unit into a district the editor does not run is as forbidden as editing one there.
        currentUser.requireCovers(unit.scopeTarget());
        organisation.followHomeDistrict(unit);
        return unit;
    }

    /** Checks every field at once and answers with all the problems; returns the unit's region. */
    private String validate(UnitDetails d, EducationUnit existing) {
        List<FieldProblem> errors = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        } else if (d.name().length() > 100) {
            errors.add(new FieldProblem("name", "error.too-long-100"));
        }
        if (d.type() == null) {
            errors.add(new FieldProblem("type", "error.required"));
        }
        if (d.ownership() == null) {
            errors.add(new FieldProblem("ownership", "error.required"));
        }
        Optional<SchoolDistrict> district =
                d.districtId() == null ? Optional.empty() : districts.findById(d.districtId());
        if (d.districtId() != null && district.isEmpty()) {
            errors.add(new FieldProblem("districtId", "error.unknown-district"));
        }
        Optional<Subdistrict> subdistrict =
                d.subdistrictCode() == null ? Optional.empty() : subdistricts.findById(d.subdistrictCode());
        if (d.subdistrictCode() != null && subdistrict.isEmpty()) {
            errors.add(new FieldProblem("subdistrictCode", "error.unknown-subdistrict"));
        }
        checkCoordinates(d.longitude(), d.latitude(), errors);
        String region = existing != null
                ? existing.getRegionCode()
                : district.map(SchoolDistrict::getRegionCode)
                        .or(() -> subdistrict.map(Subdistrict::getRegionCode))
                        .orElse(currentUser.scope().regionCode());
        if (region == null) {
            errors.add(new FieldProblem("districtId", "error.region-unknown"));
        } else {
            if (subdistrict.isPresent() && !subdistrict.get().getRegionCode().equals(region)) {
                errors.add(new FieldProblem("subdistrictCode", "error.other-region"));
            }
            if (district.isPresent() && !district.get().getRegionCode().equals(region)) {
                errors.add(new FieldProblem("districtId", "error.other-region"));
            }
            boolean taken = d.name() != null
                    && (existing == null
                            ? units.existsByRegionCodeAndName(region, d.name().strip())
                            : units.existsByRegionCodeAndNameAndIdNot(
                                    region, d.name().strip(), existing.getId()));
            if (taken) {
                errors.add(new FieldProblem("name", "error.name-taken"));
            }
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        return region;
    }

    private static void checkCoordinates(BigDecimal longitude, BigDecimal latitude, List<FieldProblem> errors) {
        if ((longitude == null) != (latitude == null)) {
            errors.add(new FieldProblem(longitude == null ? "longitude" : "latitude", "error.coordinates-pair"));
            return;
        }
        if (longitude != null && (longitude.doubleValue() < 73 || longitude.doubleValue() > 136)) {
            errors.add(new FieldProblem("longitude", "error.longitude-china"));
        }
        if (latitude != null && (latitude.doubleValue() < 3 || latitude.doubleValue() > 54)) {
            errors.add(new FieldProblem("latitude", "error.latitude-china"));
        }
    }
}
