package org.xuequ.sharing.catalogue;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.CurrentUser.SignedInUser;
import org.xuequ.platform.access.OutOfScopeException;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopePaths;
import org.xuequ.platform.access.ScopeSpecification;
import org.xuequ.sharing.parties.Parties;

/**
 * Who manages a resource: the commission of its region, the office of its district, the owning
 * unit's staff, or the owning institution's users. Inspectors read but never manage.
 */
@Component
public class ResourceAccess {

    static final ScopePaths<SharedResource> PATHS =
            ScopePaths.of(SharedResource_.regionCode, SharedResource_.districtId, SharedResource_.ownerUnitId);

    private final CurrentUser currentUser;
    private final Parties parties;

    ResourceAccess(CurrentUser currentUser, Parties parties) {
        this.currentUser = currentUser;
        this.parties = parties;
    }

    public boolean canManage(SharedResource resource) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user == null) {
            return currentUser.scope().covers(resource.scopeTarget()); // system tasks only
        }
        if (user.role() == Role.INSPECTOR) {
            return false;
        }
        if (user.role() == Role.INSTITUTION) {
            Long mine = parties.current().institutionId();
            return mine != null && mine.equals(resource.getOwnerInstitutionId());
        }
        return user.scope().covers(resource.scopeTarget());
    }

    public void requireManage(SharedResource resource) {
        if (!canManage(resource)) {
            throw new OutOfScopeException();
        }
    }

    /** Non-shared resources are visible to their managers only. */
    public boolean canSee(SharedResource resource) {
        return resource.isShared() || canManage(resource);
    }

    /** The resources the caller manages, as a query restriction. */
    public Specification<SharedResource> managed() {
        return (root, query, cb) -> managedPredicate(root, cb, query);
    }

    public Predicate managedPredicate(
            Root<SharedResource> root, CriteriaBuilder cb, jakarta.persistence.criteria.CommonAbstractCriteria query) {
        SignedInUser user = currentUser.get().orElse(null);
        if (user != null && user.role() == Role.INSPECTOR) {
            return cb.disjunction();
        }
        if (user != null && user.role() == Role.INSTITUTION) {
            Long mine = parties.current().institutionId();
            return mine == null ? cb.disjunction() : cb.equal(root.get(SharedResource_.ownerInstitutionId), mine);
        }
        return ScopeSpecification.within(currentUser.scope(), PATHS).toPredicate(root, null, cb);
    }
}
