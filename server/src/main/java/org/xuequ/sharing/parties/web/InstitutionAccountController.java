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

@RestController
@RequestMapping("/api/sharing/institution-accounts")
class InstitutionAccountController {

    private final InstitutionAccounts accounts;

    InstitutionAccountController(InstitutionAccounts accounts) {
        this.accounts = accounts;
    }

    record LinkForm(Long institutionId) {}

    @Permits(
            value = {Role.ADMIN, Role.COMMISSION, Role.DISTRICT_OFFICE, Role.UNIT, Role.INSTITUTION, Role.INSPECTOR},
            scope = ScopeRule.OWN_ACCOUNT)
    @GetMapping("/me")
    InstitutionAccount mine() {
        return accounts.mine();
    }

    @GetMapping
    @Permits({Role.ADMIN, Role.COMMISSION})
    List<InstitutionAccount> all() {
        return accounts.all();
    }

    @PutMapping("/{username}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    InstitutionAccount link(@PathVariable String username, @RequestBody LinkForm form) {
        return accounts.link(username, form.institutionId());
    }

    @DeleteMapping("/{username}")
    @Permits({Role.ADMIN, Role.COMMISSION})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable String username) {
        accounts.unlink(username);
    }
}
