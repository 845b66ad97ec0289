package org.xuequ.platform.access;

import java.util.Optional;

/**
 * Where districts and units sit, answered by the registry, so that the platform can check a
 * user's scope without knowing the registry's tables.
 */
public interface ScopeDirectory {

    Optional<String> regionOfDistrict(long districtId);

    Optional<String> regionOfUnit(long unitId);

    boolean regionExists(String regionCode);

    Optional<String> nameOfRegion(String regionCode);

    Optional<String> nameOfDistrict(long districtId);

    Optional<String> nameOfUnit(long unitId);
}
