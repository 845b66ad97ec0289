package org.xuequ.sharing.parties;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.XuequProblem.FieldProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.accounts.Accounts;
import org.xuequ.platform.audit.AuditLog;
import org.xuequ.platform.audit.AuditLog.AuditEvent;
import org.xuequ.registry.institutions.PartnerInstitution;

/**
 * 机构账号: which partner institution an INSTITUTION user acts for. Set by the commission (or the
 * administrator); only institutions the caller's scope covers may be linked or listed.
 */
@Service
@Transactional
public class InstitutionAccounts {

    private final JdbcClient jdbc;
    private final EntityManager em;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Parties parties;
    private final AuditLog audit;

    InstitutionAccounts(
            JdbcClient jdbc,
            EntityManager em,
            Accounts accounts,
            CurrentUser currentUser,
            Parties parties,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.em = em;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.parties = parties;
        this.audit = audit;
    }

    /** An INSTITUTION user and the partner institution they act for. */
    public record InstitutionAccount(String username, long institutionId, String institutionName) {}

    /** The caller's own link; 404 when the caller acts for no institution. */
    @Transactional(readOnly = true)
    public InstitutionAccount mine() {
        String username = currentUser.actor();
        return parties.institutionOf(username)
                .map(i -> new InstitutionAccount(username, i.getId(), i.getName()))
                .orElseThrow(() -> XuequProblem.notFound("InstitutionAccount", username));
    }

    @Transactional(readOnly = true)
    public List<InstitutionAccount> all() {
        List<InstitutionAccount> visible = new ArrayList<>();
        jdbc.sql("select username, institution_id from sharing_institution_account order by username")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(link -> {
                    PartnerInstitution i = em.find(PartnerInstitution.class, link.getValue());
                    if (currentUser.scope().covers(i.scopeTarget())) {
                        visible.add(new InstitutionAccount(link.getKey(), i.getId(), i.getName()));
                    }
                });
        return visible;
    }

    public InstitutionAccount link(String username, Long institutionId) {
        List<FieldProblem> errors = new ArrayList<>();
        // Users of another region are not the caller's to link: they are reported as unknown.
        Accounts.Account user = accounts.find(username)
                .filter(u ->
                        currentUser.scope().covers(new ScopeTarget(u.scope().regionCode(), Set.of(), null)))
                .orElse(null);
        if (user == null) {
            errors.add(new FieldProblem("username", "error.unknown-user"));
        } else if (user.role() != Role.INSTITUTION) {
            errors.add(new FieldProblem("username", "error.not-institution-user"));
        }
        PartnerInstitution institution =
                institutionId == null ? null : em.find(PartnerInstitution.class, institutionId);
        if (institutionId == null) {
            errors.add(new FieldProblem("institutionId", "error.required"));
        } else if (institution == null || !currentUser.scope().covers(institution.scopeTarget())) {
            errors.add(new FieldProblem("institutionId", "error.unknown-institution"));
        }
        if (!errors.isEmpty()) {
            throw XuequProblem.invalid(errors);
        }
        Long before =
                parties.institutionOf(username).map(PartnerInstitution::getId).orElse(null);
        parties.link(username, institution.getId());
        audit.record(new AuditEvent(
                before == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                "InstitutionAccount",
                username,
                institution.getRegionCode(),
                before == null ? null : Map.of("institutionId", before),
                Map.of("institutionId", institution.getId()),
                null));
        return new InstitutionAccount(username, institution.getId(), institution.getName());
    }

    public void unlink(String username) {
        PartnerInstitution institution = parties.institutionOf(username)
                .filter(i -> currentUser.scope().covers(i.scopeTarget()))
                .orElseThrow(() -> XuequProblem.notFound("InstitutionAccount", username));
        jdbc.sql("delete from sharing_institution_account where username = ?")
                .param(username)
                .update();
        audit.record(new AuditEvent(
                AuditLog.Action.DELETE,
                "InstitutionAccount",
                username,
                institution.getRegionCode(),
                Map.of("institutionId", institution.getId()),
                null,
                null));
    }
}
