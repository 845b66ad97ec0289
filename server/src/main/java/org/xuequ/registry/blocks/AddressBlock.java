package org.xuequ.registry.blocks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/**
 * 小区/门牌段: a residential compound or house-number range, the smallest unit that enrollment
 * zoning assigns. Written in bulk by the Excel import; read by zoning.
 */
@Entity
public class AddressBlock implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String subdistrictCode;

    /** 社区/居委会 name. */
    private String community;

    /** Compound or house-number range, e.g. "西长安街1–15号"; unique within its subdistrict. */
    private String name;

    /** WGS-84. */
    private BigDecimal longitude;

    private BigDecimal latitude;

    private int households;

    protected AddressBlock() {}

    /** For {@link AddressBlocks#create}; the Excel import writes blocks in bulk with SQL instead. */
    AddressBlock(
            String regionCode,
            String subdistrictCode,
            String community,
            String name,
            BigDecimal longitude,
            BigDecimal latitude,
            int households) {
        this.regionCode = regionCode;
        this.subdistrictCode = subdistrictCode;
        this.community = community;
        this.name = name;
        this.longitude = longitude;
        this.latitude = latitude;
        this.households = households;
    }

    /**
     * Region only: a block has no district of its own (districts are re-formed, subdistricts are not).
     * Queries for district offices go through {@link AddressBlockScope}, which maps subdistricts to districts.
     */
    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.region(regionCode);
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

    public String getSubdistrictCode() {
        return subdistrictCode;
    }

    public String getCommunity() {
        return community;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public int getHouseholds() {
        return households;
    }
}
