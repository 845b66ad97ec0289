package org.xuequ.registry.regions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** 街道/乡镇: a 9-digit GB/T 2260 subdistrict of a region. Reference data. */
@Entity
@Immutable
public class Subdistrict {

    @Id
    private String code;

    private String regionCode;

    private String name;

    protected Subdistrict() {}

    public String getCode() {
        return code;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getName() {
        return name;
    }
}
