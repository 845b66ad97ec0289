package org.xuequ.sharing.catalogue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.units.EducationUnit;
import org.xuequ.sharing.catalogue.ResourceValidation.Form;
import org.xuequ.sharing.parties.Parties;
import org.xuequ.sharing.parties.Party;

/** The catalogue: resources created and edited by those who manage them, seen by everyone once shared. */
@Service
@Transactional
public class Resources {

    private final SharedResourceRepository resources;
    private final ResourceAccess access;
    private final Parties parties;
    private final EntityManager em;
    private final Clock clock;

    Resources(
            SharedResourceRepository resources, ResourceAccess access, Parties parties, EntityManager em, Clock clock) {
        this.resources = resources;
        this.access = access;
        this.parties = parties;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SharedResource get(long id) {
        SharedResource resource = resources.findById(id).orElseThrow(() -> XuequProblem.notFound("SharedResource", id));
        if (!access.canSee(resource)) {
            throw XuequProblem.notFound("SharedResource", id);
        }
        return resource;
    }

    /** For views of rows the caller was already allowed to see (a booking's resource). */
    @Transactional(readOnly = true)
    public SharedResource getUnchecked(long id) {
        return resources.findById(id).orElseThrow(() -> XuequProblem.notFound("SharedResource", id));
    }

    /** Loads the lazy calendar parts so a view can be built outside the transaction. */
    @Transactional(readOnly = true)
    public SharedResource getWithCalendar(long id) {
        SharedResource resource = get(id);
        resource.getOpeningHours();
        resource.getBlackouts();
        return resource;
    }

    public record ManagedFilter(String q, ResourceKind kind, ResourceStatus status) {}

    @Transactional(readOnly = true)
    public Page<SharedResource> managed(ManagedFilter filter, Pageable pageable) {
        Specification<SharedResource> spec = access.managed();
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get(SharedResource_.name), like));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(SharedResource_.kind), filter.kind()));
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get(SharedResource_.status), filter.status()));
        }
        return resources.findAll(spec, pageable);
    }

    public SharedResource create(Form form) {
        if (parties.current().kind().equals("INSPECTOR")) {
            throw new XuequProblem(HttpStatus.FORBIDDEN, "problem.forbidden");
        }
        SharedResource.Owner owner = owner(form);
        SharedResource.Details details = ResourceValidation.validate(form, owner);
        SharedResource resource = new SharedResource(owner, details, form.status(), clock.instant());
        access.requireManage(resource);
        return resources.save(resource);
    }

    public SharedResource update(long id, Form form) {
        SharedResource resource = resources.findById(id).orElseThrow(() -> XuequProblem.notFound("SharedResource", id));
        access.requireManage(resource);
        if (form.version() == null) {
            throw XuequProblem.invalid("version", "error.required");
        }
        if (form.version() != resource.getVersion()) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.stale");
        }
        SharedResource.Owner owner = new SharedResource.Owner(
                resource.getOwnerKind(),
                resource.getOwnerUnitId(),
                resource.getOwnerInstitutionId(),
                resource.getOwnerName(),
                resource.getRegionCode(),
                resource.getDistrictId(),
                resource.getLongitude(),
                resource.getLatitude(),
                resource.getAddress());
        resource.apply(ResourceValidation.validate(form, owner), clock.instant());
        if (form.status() != null) {
            resource.changeStatus(form.status(), clock.instant());
        }
        return resource;
    }

    public SharedResource changeStatus(long id, ResourceStatus status, Long version) {
        if (status == null) {
            throw XuequProblem.invalid("status", "error.required");
        }
        SharedResource resource = resources.findById(id).orElseThrow(() -> XuequProblem.notFound("SharedResource", id));
        access.requireManage(resource);
        if (version != null && version != resource.getVersion()) {
            throw new XuequProblem(HttpStatus.CONFLICT, "problem.stale");
        }
        resource.changeStatus(status, clock.instant());
        return resource;
    }

    /** The owner named by the form; a unit's staff and an institution's users default to their own. */
    private SharedResource.Owner owner(Form form) {
        Party me = parties.current();
        OwnerKind kind = form.ownerKind();
        Long ownerId = form.ownerId();
        if (kind == null && ownerId == null) {
            kind = me.unitId() != null ? OwnerKind.UNIT : me.institutionId() != null ? OwnerKind.INSTITUTION : null;
            ownerId = me.unitId() != null ? me.unitId() : me.institutionId();
        }
        if (kind == null) {
            throw XuequProblem.invalid("ownerKind", "error.required");
        }
        if (ownerId == null) {
            throw XuequProblem.invalid("ownerId", "error.required");
        }
        if (kind == OwnerKind.UNIT) {
            EducationUnit unit = em.find(EducationUnit.class, ownerId);
            if (unit == null) {
                throw XuequProblem.invalid(List.of(new XuequProblem.FieldProblem("ownerId", "error.unknown-owner")));
            }
            return new SharedResource.Owner(
                    kind,
                    unit.getId(),
                    null,
                    unit.getName(),
                    unit.getRegionCode(),
                    unit.getDistrictId(),
                    decimal(unit.getLongitude()),
                    decimal(unit.getLatitude()),
                    unit.getAddress());
        }
        PartnerInstitution institution = em.find(PartnerInstitution.class, ownerId);
        if (institution == null) {
            throw XuequProblem.invalid("ownerId", "error.unknown-owner");
        }
        return new SharedResource.Owner(
                kind,
                null,
                institution.getId(),
                institution.getName(),
                institution.getRegionCode(),
                institution.getDistrictId(),
                null,
                null,
                null);
    }

    private static Double decimal(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
