/**
 * Annual assessment (年度考核, seed 003 §四): schemes of weighted criteria, one cycle per region and
 * year over the units that are members of a school district, the district central unit's opinion on
 * each member unit (heard before the unit's result is final), scores, results, ranks and
 * commendations (通报表扬). Weak-unit files and their support plans live in {@code weak}.
 * <p>
 * A named interface: the sample data creates schemes and cycles through the services here; the
 * supervision and workforce modules supply 督导积分 and 联合教研 points by implementing
 * {@link org.xuequ.evaluation.assessment.UnitPointsSource}.
 */
@org.springframework.modulith.NamedInterface("assessment")
package org.xuequ.evaluation.assessment;
