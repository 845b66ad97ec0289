package org.xuequ.sharing.parties;

/**
 * Who books or receives notifications: a unit (all its staff share bookings and quota), a partner
 * institution, or a single person for offices and the commission.
 *
 * @param key      U:&lt;unit id&gt;, I:&lt;institution id&gt; or P:&lt;username&gt;
 * @param kind     UNIT, INSTITUTION or the user's role
 * @param unitType the unit's type for UNIT parties (for "requesters by type"), else null
 */
public record Party(
        String key,
        String kind,
        String name,
        String unitType,
        Long districtId,
        Long unitId,
        Long institutionId,
        Double longitude,
        Double latitude) {

    public static String ofUnit(long unitId) {
        return "U:" + unitId;
    }

    public static String ofInstitution(long institutionId) {
        return "I:" + institutionId;
    }
}
