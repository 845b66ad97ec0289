/** Governance's workplans, exposed as a named interface for the demo data only. */
@org.springframework.modulith.NamedInterface("workplans")
package org.xuequ.governance.workplans;
