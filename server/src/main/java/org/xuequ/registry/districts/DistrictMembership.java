package org.xuequ.registry.districts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.xuequ.platform.access.ScopeTarget;
import org.xuequ.platform.access.Scoped;
import org.xuequ.registry.DistrictKind;
import org.xuequ.registry.units.EducationUnit;

/** A unit's place in a district for one school year: the history districts are re-formed by. */
@Entity
public class DistrictMembership implements Scoped {

    /** 中心园/中心校 or 成员单位. */
    public enum Role {
        CENTRAL,
        MEMBER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String regionCode;

    private Long districtId;

    @Enumerated(EnumType.STRING)
    private DistrictKind districtKind;

    private Long unitId;

    @Column(name = "school_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private Role role;

    protected DistrictMembership() {}

    DistrictMembership(SchoolDistrict district, EducationUnit unit, int year, Role role) {
        this.regionCode = district.getRegionCode();
        this.districtId = district.getId();
        this.districtKind = district.getKind();
        this.unitId = unit.getId();
        this.year = year;
        this.role = role;
    }

    void moveTo(SchoolDistrict district) {
        this.districtId = district.getId();
    }

    void assign(Role role) {
        this.role = role;
    }

    @Override
    public ScopeTarget scopeTarget() {
        return new ScopeTarget(regionCode, java.util.Set.of(districtId), unitId);
    }

    public Long getId() {
        return id;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public DistrictKind getDistrictKind() {
        return districtKind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getYear() {
        return year;
    }

    public Role getRole() {
        return role;
    }
}
