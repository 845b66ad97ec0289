package org.xuequ.platform.internal.security.accounts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /**
     * Mirrors a lock of the sign-in throttle onto the account, for the users list. Bypasses the
     * entity: logins are audited as logins.
     */
    @Modifying
    @Transactional
    @Query("update UserAccount u set u.lockedUntil = :lockedUntil where u.username = :username")
    int recordLock(String username, Instant lockedUntil);

    /** What every signed-in request re-reads: can this account still work, and must it change its password first? */
    record State(boolean enabled, boolean passwordChangeRequired, Instant passwordChangedAt) {}

    @Query("""
            select new org.xuequ.platform.internal.security.accounts.UserAccountRepository$State(
                   u.enabled, u.passwordChangeRequired, u.passwordChangedAt)
              from UserAccount u where u.id = :id""")
    Optional<State> findStateById(long id);

    @Modifying
    @Transactional
    @Query("update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null, u.lastLoginAt = :now where u.id = :id")
    void recordSuccess(long id, Instant now);
}
