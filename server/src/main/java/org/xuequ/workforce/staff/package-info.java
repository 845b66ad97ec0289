/**
 * The staff registry (教职工): people, their postings, and the directory the other workforce sub-packages and the
 * demo data use. A named interface so that the demo data can register staff through it.
 */
@org.springframework.modulith.NamedInterface("staff")
package org.xuequ.workforce.staff;
