/** Platform API: audit. */
@org.springframework.modulith.NamedInterface("audit")
package org.xuequ.platform.audit;
