/**
 * School districts (学区) and how each is organised: member units by school year, council or
 * committee, office, positions, and the rules they keep (placement refusals, preschool limits,
 * the compliance report). Named interface {@code districts}.
 */
@org.springframework.modulith.NamedInterface("districts")
package org.xuequ.registry.districts;
