/**
 * Regions (行政区) and subdistricts (街道/乡镇): GB/T 2260 reference data loaded by migration, and the
 * 2020 census by region. Named interface {@code regions}.
 */
@org.springframework.modulith.NamedInterface("regions")
package org.xuequ.registry.regions;
