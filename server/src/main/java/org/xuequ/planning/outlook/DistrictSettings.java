package org.xuequ.planning.outlook;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.xuequ.engine.forecast.ProgressionMethod;

/**
 * The editable terms of a district's entry-grade estimate and its projection method; absent until the
 * commission saves them (the outlook then uses {@link OutlookTerms#defaults}).
 */
@Entity
@Table(name = "planning_district_settings")
public class DistrictSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;
    private long districtId;
    private BigDecimal districtShare;
    private BigDecimal publicShare;
    private BigDecimal childrenPerHousehold;

    @Enumerated(EnumType.STRING)
    private ProgressionMethod method;

    @Nullable
    private Integer windowYears;

    private Instant updatedAt;
    private String updatedBy;

    protected DistrictSettings() {}

    DistrictSettings(String regionCode, long districtId, OutlookTerms terms, Instant now, String actor) {
        this.regionCode = regionCode;
        this.districtId = districtId;
        revise(terms, now, actor);
    }

    void revise(OutlookTerms terms, Instant now, String actor) {
        this.districtShare = BigDecimal.valueOf(terms.districtShare());
        this.publicShare = BigDecimal.valueOf(terms.publicShare());
        this.childrenPerHousehold = BigDecimal.valueOf(terms.childrenPerHousehold());
        this.method = terms.method();
        this.windowYears = terms.window();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    OutlookTerms terms() {
        return new OutlookTerms(
                districtShare.doubleValue(),
                publicShare.doubleValue(),
                childrenPerHousehold.doubleValue(),
                method,
                windowYears,
                false);
    }

    public long getDistrictId() {
        return districtId;
    }

    public long getVersion() {
        return version;
    }
}
