/**
 * Planning (规划与学位储备): plan documents (five-year plans) with their quantified indicators, actual values
 * and traffic lights; key projects (重点工程) with milestones; and the seat outlook per school district — the
 * entry-grade estimate (census cohorts or registered births, public-school share, new housing), the engine's
 * grade-progression projection with its backtest error, and the seat gap against the registry's seats and
 * the key projects' seats.
 * <p>
 * Sub-packages: {@code indicators}, {@code projects}, {@code outlook}; each keeps its controllers in its own
 * {@code web}. The REST contract is in API.md beside this file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Planning 规划与学位储备",
        allowedDependencies = {
            "platform",
            "platform :: *",
            "registry",
            "registry :: regions",
            "evaluation :: balance",
            "governance"
        })
package org.xuequ.planning;
