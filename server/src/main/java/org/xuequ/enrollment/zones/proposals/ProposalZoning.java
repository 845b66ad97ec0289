package org.xuequ.enrollment.zones.proposals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.xuequ.enrollment.zones.AttendanceZone;
import org.xuequ.enrollment.zones.ZoneKind;
import org.xuequ.enrollment.zones.ZoneMap;
import org.xuequ.enrollment.zones.Zones;

/**
 * A zoning as a proposal holds it: zones (numbered from 0) with their schools and blocks, and the expected
 * children of each block it was solved with.
 */
public record ProposalZoning(List<Zone> zones, Map<Long, Integer> children) {

    /** A zone of the proposal. */
    public record Zone(int no, String name, long districtId, ZoneKind kind, Set<Long> schoolIds, Set<Long> blockIds) {
        public Zone {
            schoolIds = Set.copyOf(new TreeSet<>(schoolIds));
            blockIds = Set.copyOf(blockIds);
        }
    }

    public ProposalZoning {
        zones = List.copyOf(zones);
        children = Map.copyOf(children);
    }

    /** The zone of each block. */
    public Map<Long, Zone> zoneByBlock() {
        Map<Long, Zone> out = new HashMap<>();
        zones.forEach(z -> z.blockIds().forEach(b -> out.put(b, z)));
        return out;
    }

    public int childrenOf(long block) {
        return children.getOrDefault(block, 0);
    }

    /** The zones as the cycle would hold them, unsaved: tiers under the proposal are computed from these. */
    public ZoneMap zoneMap(String regionCode, long cycleId) {
        return new ZoneMap(zones.stream()
                .map(z -> AttendanceZone.unsaved(
                        regionCode, cycleId, z.districtId(), z.name(), z.kind(), z.schoolIds(), z.blockIds()))
                .toList());
    }

    /** The zones as forms for {@link Zones#replaceAll}. */
    public List<Zones.ZoneForm> forms() {
        return zones.stream()
                .filter(z -> !z.blockIds().isEmpty())
                .map(z -> new Zones.ZoneForm(z.name(), z.kind(), z.districtId(), z.schoolIds(), z.blockIds()))
                .toList();
    }
}
