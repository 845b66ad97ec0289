package org.xuequ.registry.institutions;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.registry.districts.SchoolDistrict;
import org.xuequ.registry.districts.SchoolDistrictRepository;
import org.xuequ.registry.internal.RegistryScopes;

/** The "X": partner institutions, listed and registered within the caller's scope. */
@Service
@Transactional
public class PartnerInstitutions {

    private final PartnerInstitutionRepository institutions;
    private final SchoolDistrictRepository districts;
    private final CurrentUser currentUser;

    PartnerInstitutions(
            PartnerInstitutionRepository institutions, SchoolDistrictRepository districts, CurrentUser currentUser) {
        this.institutions = institutions;
        this.districts = districts;
        this.currentUser = currentUser;
    }

    public record Filter(String name, PartnerInstitution.Kind kind, Long districtId) {}

    @Transactional(readOnly = true)
    public Page<PartnerInstitution> search(Filter filter, Pageable pageable) {
        Specification<PartnerInstitution> spec =
                ScopeSpecification.within(currentUser.scope(), RegistryScopes.INSTITUTIONS);
        if (filter.name() != null && !filter.name().isBlank()) {
            String like = "%" + filter.name().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get(PartnerInstitution_.name), like));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(PartnerInstitution_.kind), filter.kind()));
        }
        if (filter.districtId() != null) {
            districts.findById(filter.districtId()).ifPresent(d -> currentUser.requireCovers(d.scopeTarget()));
            spec = spec.and(
                    (root, query, cb) -> cb.equal(root.get(PartnerInstitution_.districtId), filter.districtId()));
        }
        return institutions.findAll(spec, pageable);
    }

    public PartnerInstitution update(
            long id,
            long expectedVersion,
            String name,
            PartnerInstitution.Kind kind,
            String offers,
            String contact,
            Long districtId) {
        PartnerInstitution institution =
                institutions.findById(id).orElseThrow(() -> XuequProblem.notFound("PartnerInstitution", id));
        currentUser.requireCovers(institution.scopeTarget());
        if (institution.getVersion() != expectedVersion) {
            throw new XuequProblem(org.springframework.http.HttpStatus.CONFLICT, "problem.stale");
        }
        List<FieldProblem> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        } else if (!name.strip().equals(institution.getName())
                && institutions.existsByRegionCodeAndName(institution.getRegionCode(), name.strip())) {
            errors.add(new FieldProblem("name", "error.name-taken"));
        }
        if (kind == null) {
            errors.add(new FieldProblem("kind", "error.required"));
        }
        SchoolDistrict district =
                districtId == null ? null : districts.findById(districtId).orElse(null);
        if (districtId != null && (district == null || !district.getRegionCode().equals(institution.getRegionCode()))) {
            errors.add(new FieldProblem("districtId", "error.unknown-district"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        institution.revise(name.strip(), kind, offers, contact, districtId);
        // Moving a partner to a district the editor does not run is as forbidden as editing one there.
        currentUser.requireCovers(institution.scopeTarget());
        return institution;
    }

    public PartnerInstitution register(
            String name, PartnerInstitution.Kind kind, String offers, String contact, long districtId) {
        SchoolDistrict district = districts
                .findById(districtId)
                .orElseThrow(() -> XuequProblem.invalid("districtId", "error.unknown-district"));
        List<FieldProblem> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldProblem("name", "error.required"));
        } else if (institutions.existsByRegionCodeAndName(district.getRegionCode(), name.strip())) {
            errors.add(new FieldProblem("name", "error.name-taken"));
        }
        if (kind == null) {
            errors.add(new FieldProblem("kind", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        currentUser.requireCovers(district.scopeTarget());
        return institutions.save(
                new PartnerInstitution(district.getRegionCode(), name.strip(), kind, offers, contact, districtId));
    }
}
