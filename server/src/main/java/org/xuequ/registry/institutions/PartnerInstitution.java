package org.xuequ.registry.institutions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Set;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** 社会机构, the "X" of 1+1+N+X: a museum, institute, enterprise ... that opens resources to schools. */
@Entity
public class PartnerInstitution implements Scoped {

    public enum Kind {
        MUSEUM,
        RESEARCH_INSTITUTE,
        UNIVERSITY,
        ENTERPRISE,
        COMMUNITY_CENTRE,
        LIBRARY,
        SPORTS_VENUE,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String offers;

    private String contact;

    private Long districtId;

    protected PartnerInstitution() {}

    public PartnerInstitution(
            String regionCode, String name, Kind kind, String offers, String contact, Long districtId) {
        this.regionCode = regionCode;
        this.name = name;
        this.kind = kind;
        this.offers = offers;
        this.contact = contact;
        this.districtId = districtId;
    }

    void revise(String name, Kind kind, String offers, String contact, Long districtId) {
        this.name = name;
        this.kind = kind;
        this.offers = offers;
        this.contact = contact;
        this.districtId = districtId;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, districtId == null ? Set.of() : Set.of(districtId), null);
    }

    public Long getId() {
        return id;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getOffers() {
        return offers;
    }

    public String getContact() {
        return contact;
    }

    public Long getDistrictId() {
        return districtId;
    }
}
