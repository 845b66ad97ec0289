package org.xuequ.platform.accounts;

import java.util.Optional;
import java.util.Set;
import org.xuequ.platform.access.DataScope;
import org.xuequ.platform.access.Role;

/** Creating user accounts from other modules (e.g. sample data). Checks the same rules as the API. */
public interface Accounts {

    long create(NewAccount account);

    boolean exists(String username);

    /** The role and data scope of an existing account; empty when there is no such user. */
    Optional<Account> find(String username);

    record Account(String username, Role role, DataScope scope) {}

    /**
     * @param districtIds for DISTRICTS scope; {@code unitId} for UNIT scope; {@code regionCode} for all but ADMIN
     */
    record NewAccount(
            String username,
            String displayName,
            Role role,
            String password,
            String regionCode,
            Set<Long> districtIds,
            Long unitId) {

        public NewAccount {
            districtIds = districtIds == null ? Set.of() : Set.copyOf(districtIds);
        }

        /** The scope this account asks for: derived from which of region, districts and unit are given. */
        public DataScope scope() {
            if (role == Role.ADMIN) {
                return new DataScope.Everything();
            }
            if (unitId != null) {
                return new DataScope.Unit(regionCode, unitId);
            }
            if (!districtIds.isEmpty()) {
                return new DataScope.Districts(regionCode, districtIds);
            }
            return new DataScope.Region(regionCode);
        }
    }
}
