package org.xuequ.registry.regions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/** 行政区: a GB/T 2260 region such as 110102 西城区. Reference data, loaded by migration. */
@Entity
@Immutable
public class Region {

    @Id
    private String code;

    private String name;

    private String cityCode;

    protected Region() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
