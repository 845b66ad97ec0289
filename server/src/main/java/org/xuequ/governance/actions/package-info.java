/** Governance's actions, exposed as a named interface for the demo data only. */
@org.springframework.modulith.NamedInterface("actions")
package org.xuequ.governance.actions;
