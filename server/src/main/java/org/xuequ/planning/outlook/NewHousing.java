package org.xuequ.planning.outlook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** New homes completed in an address block in a year, entered by the district office (one per block and year). */
@Entity
@Table(name = "planning_housing")
public class NewHousing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long districtId;
    private long blockId;
    private int completionYear;
    private int homes;
    private Instant updatedAt;
    private String updatedBy;

    protected NewHousing() {}

    NewHousing(
            String regionCode,
            long districtId,
            long blockId,
            int completionYear,
            int homes,
            Instant now,
            String actor) {
        this.regionCode = regionCode;
        this.districtId = districtId;
        this.blockId = blockId;
        this.completionYear = completionYear;
        revise(homes, now, actor);
    }

    void revise(int homes, Instant now, String actor) {
        this.homes = homes;
        this.updatedAt = now;
        this.updatedBy = actor;
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

    public long getDistrictId() {
        return districtId;
    }

    public long getBlockId() {
        return blockId;
    }

    public int getCompletionYear() {
        return completionYear;
    }

    public int getHomes() {
        return homes;
    }
}
