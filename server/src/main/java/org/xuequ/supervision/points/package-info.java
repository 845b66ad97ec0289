/**
 * Points (积分制): rules as data and the ledger derived from the records; the evaluation module's
 * UnitPointsSource. A named interface: the sample data derives its ledger through it.
 */
@org.springframework.modulith.NamedInterface("points")
package org.xuequ.supervision.points;
