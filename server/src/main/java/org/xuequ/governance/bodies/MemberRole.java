package org.xuequ.governance.bodies;

/** A member's role on the body; the chair of a committee is the central kindergarten's head (seed 003). */
public enum MemberRole {
    CHAIR,
    VICE_CHAIR,
    SECRETARY,
    MEMBER
}
