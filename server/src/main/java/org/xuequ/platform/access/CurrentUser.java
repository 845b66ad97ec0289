package org.xuequ.platform.access;

import java.util.Optional;

/** The signed-in user of the current request, and the data scope every module must honour. */
public interface CurrentUser {

    Optional<SignedInUser> get();

    /** The user's scope; {@link DataScope.Nothing} for anonymous callers. */
    DataScope scope();

    /** Name recorded in the audit log: the username, or "system" for work outside a request. */
    String actor();

    /** @throws OutOfScopeException when the row lies outside the current user's scope */
    default void requireCovers(ScopeTarget target) {
        if (!scope().covers(target)) {
            throw new OutOfScopeException();
        }
    }

    default boolean hasRole(Role role) {
        return get().map(user -> user.role() == role).orElse(false);
    }

    record SignedInUser(long id, String username, String displayName, Role role, DataScope scope)
            implements java.io.Serializable {}
}
