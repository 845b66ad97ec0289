package org.xuequ.platform.internal.security.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.Role;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;
import org.xuequ.platform.audit.AuditMasked;

/** A person who signs in to the console, with one role and one data scope. */
@Entity
@Table(name = "app_user")
public class UserAccount implements Scoped {

    public enum ScopeKind {
        ALL,
        REGION,
        DISTRICTS,
        UNIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String username;

    private String displayName;

    @AuditMasked
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Enumerated(EnumType.STRING)
    private ScopeKind scopeKind;

    private String regionCode;

    private Long unitId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_district", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "district_id")
    private Set<Long> districtIds = new LinkedHashSet<>();

    private String locale = "zh-CN";

    private boolean enabled = true;

    private int failedAttempts;

    private Instant lockedUntil;

    private Instant lastLoginAt;

    private boolean passwordChangeRequired;

    /** Sessions signed in before this instant are ended (see {@link AccountStateFilter}). */
    private Instant passwordChangedAt;

    private Instant createdAt = Instant.now();

    protected UserAccount() {}

    UserAccount(String username, String displayName, String passwordHash, Role role, DataScope scope) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        assignScope(scope);
    }

    private void assignScope(DataScope scope) {
        districtIds.clear();
        if (scope instanceof DataScope.Everything) {
            scopeKind = ScopeKind.ALL;
        } else if (scope instanceof DataScope.Region region) {
            scopeKind = ScopeKind.REGION;
            regionCode = region.regionCode();
        } else if (scope instanceof DataScope.Districts districts) {
            scopeKind = ScopeKind.DISTRICTS;
            regionCode = districts.regionCode();
            districtIds.addAll(districts.districtIds());
        } else if (scope instanceof DataScope.Unit unit) {
            scopeKind = ScopeKind.UNIT;
            regionCode = unit.regionCode();
            unitId = unit.unitId();
        } else {
            throw new IllegalArgumentException("A user account needs a scope, not " + scope);
        }
    }

    public DataScope dataScope() {
        return switch (scopeKind) {
            case ALL -> new DataScope.Everything();
            case REGION -> new DataScope.Region(regionCode);
            case DISTRICTS -> new DataScope.Districts(regionCode, districtIds);
            case UNIT -> new DataScope.Unit(regionCode, unitId);
        };
    }

    void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A new password chosen by its owner, or set by an administrator (then it must be changed at sign-in). */
    void changePassword(String passwordHash, boolean changeRequired, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
        this.passwordChangedAt = now;
    }

    void enable() {
        enabled = true;
    }

    void disable() {
        enabled = false;
    }

    void changeLocale(String locale) {
        this.locale = locale;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtIds, unitId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getLocale() {
        return locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
