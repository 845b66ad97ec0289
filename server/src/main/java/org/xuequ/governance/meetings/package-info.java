/** Governance's meetings, exposed as a named interface for the demo data only. */
@org.springframework.modulith.NamedInterface("meetings")
package org.xuequ.governance.meetings;
