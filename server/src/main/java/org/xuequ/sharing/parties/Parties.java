package org.xuequ.sharing.parties;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.xuequ.platform.XuequProblem;
import org.xuequ.platform.access.CurrentUser;
import org.xuequ.platform.access.CurrentUser.SignedInUser;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.Role;
import org.xuequ.registry.institutions.PartnerInstitution;
import org.xuequ.registry.units.EducationUnit;

/** Works out which {@link Party} the signed-in user acts for. */
@Component
public class Parties {

    private final CurrentUser currentUser;
    private final EntityManager em;
    private final JdbcClient jdbc;

    Parties(CurrentUser currentUser, EntityManager em, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.em = em;
        this.jdbc = jdbc;
    }

    /**
     * The caller's party, worked out once per request and user: lists ask it for every row (may I
     * manage this? is it mine?), and for an institution user it takes a query.
     */
    public Party current() {
        SignedInUser user = currentUser.get().orElse(null);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (user == null || request == null) {
            return resolve(user);
        }
        String key = Parties.class.getName() + ":" + user.id();
        Party party = (Party) request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (party == null) {
            party = resolve(user);
            request.setAttribute(key, party, RequestAttributes.SCOPE_REQUEST);
        }
        return party;
    }

    private Party resolve(SignedInUser user) {
        if (user == null && currentUser.scope() instanceof DataScope.Everything) {
            return new Party("P:system", "SYSTEM", "system", null, null, null, null, null, null); // SystemTask work
        }
        if (user == null) {
            throw new XuequProblem(HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
        }
        if (user.role() == Role.UNIT && user.scope() instanceof DataScope.Unit unitScope) {
            EducationUnit unit = em.find(EducationUnit.class, unitScope.unitId());
            return new Party(
                    Party.ofUnit(unit.getId()),
                    "UNIT",
                    unit.getName(),
                    unit.getType().name(),
                    unit.getDistrictId(),
                    unit.getId(),
                    null,
                    toDouble(unit.getLongitude()),
                    toDouble(unit.getLatitude()));
        }
        if (user.role() == Role.INSTITUTION) {
            Optional<PartnerInstitution> institution = institutionOf(user.username());
            if (institution.isPresent()) {
                PartnerInstitution i = institution.get();
                return new Party(
                        Party.ofInstitution(i.getId()),
                        "INSTITUTION",
                        i.getName(),
                        null,
                        i.getDistrictId(),
                        null,
                        i.getId(),
                        null,
                        null);
            }
        }
        Long district =
                user.scope() instanceof DataScope.Districts d && d.districtIds().size() == 1
                        ? d.districtIds().iterator().next()
                        : null;
        return new Party(
                "P:" + user.username(), user.role().name(), user.displayName(), null, district, null, null, null, null);
    }

    /** The partner institution an INSTITUTION user acts for, if linked. */
    public Optional<PartnerInstitution> institutionOf(String username) {
        return jdbc.sql("select institution_id from sharing_institution_account where username = ?")
                .param(username)
                .query(Long.class)
                .optional()
                .map(id -> em.find(PartnerInstitution.class, id));
    }

    /** Lets an INSTITUTION user act for a partner institution (set by the registry's managers or sample data). */
    public void link(String username, long institutionId) {
        jdbc.sql("""
                insert into sharing_institution_account (username, institution_id) values (?, ?)
                on conflict (username) do update set institution_id = excluded.institution_id""").params(username, institutionId).update();
    }

    private static Double toDouble(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
