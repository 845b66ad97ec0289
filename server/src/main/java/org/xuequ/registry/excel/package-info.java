/**
 * Excel templates, exports and all-or-nothing imports of units, institutions, address blocks and
 * memberships. Internal: reached only through its web/ endpoints.
 */
package org.xuequ.registry.excel;
