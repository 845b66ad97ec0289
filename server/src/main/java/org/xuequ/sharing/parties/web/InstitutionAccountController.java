package org.xuequ.sharing.parties.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.platform.access.Permits;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeRule;
import org.xuequ.sharing.parties.InstitutionAccounts;
import org.xuequ.sharing.parties.InstitutionAccounts.InstitutionAccount;

/** Institution accounts (机构账号): which partner institution an INSTITUTION user acts for, set by the commission. */
@RestController
@RequestMapping("/api/sharing/institution-accounts")
class InstitutionAccountController {

    private final InstitutionAccounts accounts;

    InstitutionAccountController(InstitutionAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The institution a user is to act for.
     *
     * @param institutionId the partner institution, in the caller's scope
     */
    record LinkForm(Long institutionId) {}

    /** The institution the signed-in user acts for; 404 when the user acts for none. */
    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.OWN_ACCOUNT)
    @GetMapping("/me")
    InstitutionAccount mine() {
        return accounts.mine();
    }

    /** Every link between an INSTITUTION user and an institution the caller's data scope covers, by username. */
    @GetMapping
    @Permits({Role.ADMIN, Role.COMMISSION})
    List<InstitutionAccount> all() {
        return accounts.all();
    }

    /**
     * Links an INSTITUTION user to a partner institution (replacing an earlier link); audited. 400 for an unknown
     * user, a user of another role or an unknown institution.
     */
    @PutMapping("/{username}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    InstitutionAccount link(@PathVariable String username, @RequestBody LinkForm form) {
        return accounts.link(username, form.institutionId());
    }

    /** Removes a user's link to their institution; audited. 404 when there is none in the caller's scope. */
    @DeleteMapping("/{username}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable String username) {
        accounts.unlink(username);
    }
}
