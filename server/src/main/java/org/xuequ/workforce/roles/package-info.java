/** Cross-school roles; a named interface so that the demo data can record some. */
@org.springframework.modulith.NamedInterface("roles")
package org.xuequ.workforce.roles;
