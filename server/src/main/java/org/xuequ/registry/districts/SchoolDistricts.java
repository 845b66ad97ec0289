package org.xuequ.registry.districts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.internal.RegistryScopes;
import org.xuequ.registry.regions.Region;
import org.xuequ.registry.regions.RegionRepository;
import org.xuequ.registry.regions.Subdistrict;
import org.xuequ.registry.regions.SubdistrictRepository;
import org.xuequ.registry.units.EducationUnitRepository;

/** Reading school districts within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class SchoolDistricts {

    private final SchoolDistrictRepository districts;
    private final EducationUnitRepository units;
    private final SubdistrictRepository subdistricts;
    private final RegionRepository regions;
    private final CurrentUser currentUser;
    private volatile Map<String, String> subdistrictNames;

    SchoolDistricts(
            SchoolDistrictRepository districts,
            EducationUnitRepository units,
            SubdistrictRepository subdistricts,
            RegionRepository regions,
            CurrentUser currentUser) {
        this.districts = districts;
        this.units = units;
        this.subdistricts = subdistricts;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    public record Filter(String name, DistrictKind kind) {}

    public Page<SchoolDistrict> search(Filter filter, Pageable pageable) {
        Specification<SchoolDistrict> spec = ScopeSpecification.within(currentUser.scope(), RegistryScopes.DISTRICTS);
        if (filter.name() != null && !filter.name().isBlank()) {
            String like = "%" + filter.name().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get(SchoolDistrict_.name), like));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(SchoolDistrict_.kind), filter.kind()));
        }
        return districts.findAll(spec, pageable);
    }

    /** Sets up a district; its office must sit in one of the subdistricts it covers. */
    @Transactional
    public SchoolDistrict create(
            String regionCode,
            String name,
            DistrictKind kind,
            List<String> subdistrictCodes,
            String officeSubdistrictCode) {
        List<XuequProblem.FieldProblem> errors = validate(regionCode, name, subdistrictCodes, officeSubdistrictCode);
        if (kind == null) {
            errors.add(new XuequProblem.FieldProblem("kind", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        currentUser.requireCovers(org.xuequ.platform.access.ScopeTarget.region(regionCode));
        return districts.save(
                new SchoolDistrict(regionCode, name.strip(), kind, subdistrictCodes, officeSubdistrictCode));
    }

    /** Re-forms or dissolves a district; districts are never deleted, their history stays. */
    @Transactional
    public SchoolDistrict update(
            long id,
            long expectedVersion,
            String name,
            List<String> subdistrictCodes,
            String officeSubdistrictCode,
            SchoolDistrict.Status status) {
        SchoolDistrict district = get(id);
        if (district.getVersion() != expectedVersion) {
            throw new XuequProblem(org.springframework.http.HttpStatus.CONFLICT, "problem.stale");
        }
        // Re-forming a district is the commission's decision, not the district office's own.
        currentUser.requireCovers(org.xuequ.platform.access.ScopeTarget.region(district.getRegionCode()));
        List<XuequProblem.FieldProblem> errors =
                validate(district.getRegionCode(), name, subdistrictCodes, officeSubdistrictCode);
        if (status == null) {
            errors.add(new XuequProblem.FieldProblem("status", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        district.revise(name.strip(), subdistrictCodes, officeSubdistrictCode, status);
        return district;
    }

    private List<XuequProblem.FieldProblem> validate(
            String regionCode, String name, List<String> subdistrictCodes, String officeSubdistrictCode) {
        List<XuequProblem.FieldProblem> errors = new java.util.ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new XuequProblem.FieldProblem("name", "error.required"));
        }
        List<String> codes = subdistrictCodes == null ? List.of() : subdistrictCodes;
        for (String code : codes) {
            if (!subdistricts
                    .findById(code)
                    .map(s -> s.getRegionCode().equals(regionCode))
                    .orElse(false)) {
                errors.add(new XuequProblem.FieldProblem("subdistrictCodes", "error.unknown-subdistrict"));
            }
        }
        if (codes.isEmpty() || !codes.contains(officeSubdistrictCode)) {
            errors.add(new XuequProblem.FieldProblem("officeSubdistrictCode", "error.office-outside-district"));
        }
        return errors;
    }

    public SchoolDistrict get(long id) {
        SchoolDistrict district = districts.findById(id).orElseThrow(() -> XuequProblem.notFound("SchoolDistrict", id));
        currentUser.requireCovers(district.scopeTarget());
        return district;
    }

    public long count(DataScope scope) {
        return districts.count(ScopeSpecification.within(scope, RegistryScopes.DISTRICTS));
    }

    /** Units per district, for lists and the dashboard: one grouped query, not one per district. */
    public Map<Long, Long> unitCounts(Collection<Long> districtIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!districtIds.isEmpty()) {
            units.countPerDistrict(districtIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** Reference data, loaded by migration and never changed by the application: read once. */
    public Map<String, String> subdistrictNames() {
        Map<String, String> names = subdistrictNames;
        if (names == null) {
            Map<String, String> loaded = new HashMap<>();
            subdistricts.findAll().forEach(s -> loaded.put(s.getCode(), s.getName()));
            names = java.util.Collections.unmodifiableMap(loaded); // get(null) must answer null, not throw
            subdistrictNames = names;
        }
        return names;
    }

    public List<Region> regions() {
        return regions.findAll(org.springframework.data.domain.Sort.by("code"));
    }

    public List<Subdistrict> subdistrictsOf(String regionCode) {
        return subdistricts.findByRegionCodeOrderByCode(regionCode);
    }

    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            districts.namesOf(ids).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
