/** Governance's charters, exposed as a named interface for the demo data only. */
@org.springframework.modulith.NamedInterface("charters")
package org.xuequ.governance.charters;
