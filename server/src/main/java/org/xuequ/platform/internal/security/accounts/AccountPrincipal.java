package org.xuequ.platform.internal.security.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.xuequ.platform.access.CurrentUser.SignedInUser;

/** What the session keeps about a signed-in user. The password hash is erased after login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final SignedInUser user;
    private final String locale;
    private final boolean enabled;
    /** Whether a lock-out was running when this principal was made (by the one injected clock). */
    private final boolean nonLocked;
    /** When the password last changed as this session knows it; a different one in the database ends the session. */
    private volatile Instant passwordChangedAt;

    private String passwordHash;

    public AccountPrincipal(UserAccount account, Instant now) {
        this.user = new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.dataScope());
        this.locale = account.getLocale();
        this.enabled = account.isEnabled();
        this.nonLocked =
                account.getLockedUntil() == null || !account.getLockedUntil().isAfter(now);
        this.passwordChangedAt = account.getPasswordChangedAt();
        this.passwordHash = account.getPasswordHash();
    }

    public SignedInUser user() {
        return user;
    }

    String locale() {
        return locale;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    /** This session changed the password itself, so it stays signed in while the others end. */
    void passwordChanged(Instant at) {
        this.passwordChangedAt = at;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
