/** Partner institutions (社会机构, the "X"). Named interface {@code institutions}. */
@org.springframework.modulith.NamedInterface("institutions")
package org.xuequ.registry.institutions;
