package org.xuequ.engine.balance;

/** What a what-if change does. */
public enum ChangeKind {
    /** Move an amount of a resource from one school to another (e.g. rotate two backbone teachers). */
    MOVE,
    /** Add an amount of a resource to one school (e.g. 100,000 yuan of equipment, a multimedia room). */
    ADD
}
