/**
 * Plans (督导工作计划) per district and term and the random draws (随机督导) on the engine's lottery. A named
 * interface: the sample data files and approves plans and draws through it.
 */
@org.springframework.modulith.NamedInterface("plans")
package org.xuequ.supervision.plans;
