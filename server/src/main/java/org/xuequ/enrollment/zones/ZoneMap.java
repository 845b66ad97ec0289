package org.xuequ.enrollment.zones;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The zones of one cycle by address block, in memory: a run looks up every child's blocks. */
public final class ZoneMap {

    private final Map<Long, AttendanceZone> byBlock = new HashMap<>();

    public ZoneMap(List<AttendanceZone> zones) {
        for (AttendanceZone zone : zones) {
            for (Long block : zone.getBlockIds()) {
                byBlock.put(block, zone);
            }
        }
    }

    public Optional<AttendanceZone> zoneOf(Long blockId) {
        return blockId == null ? Optional.empty() : Optional.ofNullable(byBlock.get(blockId));
    }

    /** Is the school in the zone of this block? False for a null block or an unzoned one. */
    public boolean zones(Long blockId, long schoolId) {
        AttendanceZone zone = blockId == null ? null : byBlock.get(blockId);
        return zone != null && zone.getSchoolIds().contains(schoolId);
    }

    public Set<Long> schoolsOf(Long blockId) {
        return zoneOf(blockId).map(AttendanceZone::getSchoolIds).orElse(Set.of());
    }
}
