/**
 * The registry (学区底册): regions, subdistricts, school districts (学区) and education units
 * ("N"). The source of truth that every other module refers to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry 学区底册")
package org.xuequ.registry;
