/**
 * Who books and who is told: the party a signed-in user acts for, institution accounts, and the
 * in-console notifications. A named interface: the sample data links institution users.
 */
@org.springframework.modulith.NamedInterface("parties")
package org.xuequ.sharing.parties;
