/** Governance's bodies, exposed as a named interface for the demo data only. */
@org.springframework.modulith.NamedInterface("bodies")
package org.xuequ.governance.bodies;
