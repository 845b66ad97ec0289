package org.xuequ.registry.units;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** 教育集团: schools led together by a lead school, across district lines. */
@Entity
public class EducationGroup implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String name;

    private Long leadUnitId;

    protected EducationGroup() {}

    EducationGroup(String regionCode, String name, Long leadUnitId) {
        this.regionCode = regionCode;
        this.name = name;
        this.leadUnitId = leadUnitId;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.region(regionCode);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }
}
