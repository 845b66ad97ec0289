/**
 * The catalogue: shared resources, who manages them, their opening hours, blackouts and booking
 * rules. A named interface: the sample data creates resources through {@link org.xuequ.sharing.catalogue.Resources}.
 */
@org.springframework.modulith.NamedInterface("catalogue")
package org.xuequ.sharing.catalogue;
