/**
 * 招生入学: school-age children, demand survey, attendance zones, priority policies, applications,
 * allocation runs on the engine, published results with a public replay, appeals. Depends on the
 * registry (units, seats, districts, address blocks, feeder links) and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrollment")
package org.xuequ.enrollment;
