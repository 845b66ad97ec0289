package org.xuequ.enrollment.zones;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** 划片: in one cycle, the address blocks whose children are zoned to a school or a set of schools. */
@Entity
public class AttendanceZone implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private long cycleId;

    private long districtId;

    private String name;

    @Enumerated(EnumType.STRING)
    private ZoneKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attendance_zone_school", joinColumns = @JoinColumn(name = "zone_id"))
    @Column(name = "unit_id")
    private Set<Long> schoolIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attendance_zone_block", joinColumns = @JoinColumn(name = "zone_id"))
    private Set<ZoneBlock> blocks = new HashSet<>();

    /** The cycle is repeated on each block row so the database can keep a block in one zone per cycle. */
    @Embeddable
    public record ZoneBlock(
            @Column(name = "cycle_id") long cycleId,
            @Column(name = "block_id") long blockId) {}

    protected AttendanceZone() {}

    AttendanceZone(String regionCode, long cycleId) {
        this.regionCode = regionCode;
        this.cycleId = cycleId;
    }

    /**
     * A zone that is not stored: a zoning proposal's, so that tiers can be computed as they would be under it
     * ({@link ZoneMap}, {@code TierRules}).
     */
    public static AttendanceZone unsaved(
            String regionCode,
            long cycleId,
            long districtId,
            String name,
            ZoneKind kind,
            Set<Long> schoolIds,
            Set<Long> blockIds) {
        AttendanceZone zone = new AttendanceZone(regionCode, cycleId);
        zone.define(districtId, name, kind, schoolIds, blockIds);
        return zone;
    }

    void define(long districtId, String name, ZoneKind kind, Set<Long> schoolIds, Set<Long> blockIds) {
        this.districtId = districtId;
        this.name = name;
        this.kind = kind;
        this.schoolIds.clear();
        this.schoolIds.addAll(schoolIds);
        this.blocks.clear();
        blockIds.forEach(b -> this.blocks.add(new ZoneBlock(cycleId, b)));
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.district(regionCode, districtId);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public long getCycleId() {
        return cycleId;
    }

    public long getDistrictId() {
        return districtId;
    }

    public String getName() {
        return name;
    }

    public ZoneKind getKind() {
        return kind;
    }

    public Set<Long> getSchoolIds() {
        return Set.copyOf(schoolIds);
    }

    public Set<Long> getBlockIds() {
        return blocks.stream().map(ZoneBlock::blockId).collect(Collectors.toUnmodifiableSet());
    }
}
