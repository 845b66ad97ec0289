package org.xuequ.sharing.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xuequ.sharing.InstitutionAccounts;
import org.xuequ.sharing.InstitutionAccounts.InstitutionAccount;

@RestController
@RequestMapping("/api/sharing/institution-accounts")
class InstitutionAccountController {

    private final InstitutionAccounts accounts;

    InstitutionAccountController(InstitutionAccounts accounts) {
        this.accounts = accounts;
    }

    record LinkForm(Long institutionId) {
    }

    @GetMapping("/me")
    InstitutionAccount mine() {
        return accounts.mine();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMISSION')")
    List<InstitutionAccount> all() {
        return accounts.all();
    }

    @PutMapping("/{username}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMISSION')")
    InstitutionAccount link(@PathVariable String username, @RequestBody LinkForm form) {
        return accounts.link(username, form.institutionId());
    }

    @DeleteMapping("/{username}")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMISSION')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable String username) {
        accounts.unlink(username);
    }
}
