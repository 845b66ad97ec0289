/**
 * The registry (学区底册): regions, subdistricts, school districts (学区) and education units
 * ("N"). The source of truth that every other module refers to.
 * <p>
 * This root package is the registry's plain API: the shared vocabulary ({@link org.xuequ.registry.UnitType},
 * {@link org.xuequ.registry.EntryGrade}, {@link org.xuequ.registry.DistrictKind},
 * {@link org.xuequ.registry.Ownership}, {@link org.xuequ.registry.SchoolYear}). Each sub-capability has a
 * package of its own with its {@code web/}; those other modules use are named interfaces (regions,
 * districts, units, institutions, blocks), the rest (excel, overview, internal) is the registry's own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry 学区底册",
        allowedDependencies = {"platform", "platform :: *"})
package org.xuequ.registry;
