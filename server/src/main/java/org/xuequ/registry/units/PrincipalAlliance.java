package org.xuequ.registry.units;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;

/** 一长执两校: one principal leads two or more schools. A unit is in at most one alliance. */
@Entity
public class PrincipalAlliance implements Scoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private String principalName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "principal_alliance_unit", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new LinkedHashSet<>();

    protected PrincipalAlliance() {}

    PrincipalAlliance(String regionCode, String principalName, Set<Long> unitIds) {
        this.regionCode = regionCode;
        this.principalName = principalName;
        this.unitIds.addAll(unitIds);
    }

    @Override
    public ScopeTarget scopeTarget() {
        return ScopeTarget.region(regionCode);
    }

    public Long getId() {
        return id;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }
}
