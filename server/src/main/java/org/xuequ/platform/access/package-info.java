/** Platform API: access. */
@org.springframework.modulith.NamedInterface("access")
package org.xuequ.platform.access;
