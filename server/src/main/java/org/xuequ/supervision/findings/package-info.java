/**
 * Findings (督导问题) and their loop (escalation, rectification order, answer, recheck, close or reopen), notices
 * and the overdue sweep. A named interface: the sample data runs the sweep through it.
 */
@org.springframework.modulith.NamedInterface("findings")
package org.xuequ.supervision.findings;
