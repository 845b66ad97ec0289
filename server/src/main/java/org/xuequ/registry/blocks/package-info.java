/**
 * Address blocks (小区/门牌段), the smallest unit zoning assigns, and who sees which: a district office
 * the blocks in the subdistricts its districts cover. Named interface {@code blocks}.
 */
@org.springframework.modulith.NamedInterface("blocks")
package org.xuequ.registry.blocks;
