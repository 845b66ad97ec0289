/**
 * Workforce (队伍建设): the staff registry of each unit with its postings; cross-school roles (part-time posts in
 * the district office and committee departments, research groups, teaching at a second school with an FTE share);
 * rotation and exchange rounds (轮岗交流) with eligibility rules as data, teachers' wishes, receiving schools' needs
 * and quotas, and a proposal from the engine's rotation optimiser; training courses with the three-year full
 * coverage tracker; joint research groups, studios and projects.
 * <p>
 * The root package holds what every sub-package shares: {@link org.xuequ.workforce.WorkforceScope}, the declared
 * policy. Sub-packages: {@code staff}, {@code roles}, {@code rotation}, {@code training}, {@code research}; each
 * keeps its controllers in its own {@code web}. The REST contract is in API.md beside this file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Workforce 队伍建设",
        allowedDependencies = {
            "platform",
            "platform :: *",
            "registry",
            "evaluation :: conditions",
            "evaluation :: assessment"
        })
package org.xuequ.workforce;
