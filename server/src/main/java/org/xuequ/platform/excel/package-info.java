/** Platform API: excel. */
@org.springframework.modulith.NamedInterface("excel")
package org.xuequ.platform.excel;
