/**
 * 招生入学: school-age children, demand survey, attendance zones, priority policies, applications,
 * allocation runs on the engine, published results with a public replay, appeals. Depends on the
 * registry (units, seats, districts, address blocks, feeder links) and the platform. Sub-packages follow
 * the console (children, cycles, zones, applications, demand, runs, results, appeals, families), each
 * with its own {@code web}; the ones other modules use are named interfaces.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Enrollment 招生入学",
        allowedDependencies = {"platform", "platform :: *", "registry"})
package org.xuequ.enrollment;
