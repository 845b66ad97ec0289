package org.xuequ.engine.rotation;

/** Why a teacher moves; computed from the move's facts, several may apply. */
public enum MoveReason {
    /** The destination is one of the teacher's wishes. */
    HONOURS_WISH,
    /** The destination declared a need for the teacher's subject. */
    MEETS_SUBJECT_NEED,
    /** A backbone teacher going to a school below the district's backbone figure (before the round). */
    RAISES_BACKBONE_WHERE_LOW,
    /** A PE/art teacher going to a school below the district's PE/art figure (before the round). */
    RAISES_PE_ART_WHERE_LOW,
    /** An official locked the teacher to this destination. */
    LOCKED_BY_OFFICIAL,
    /** The round's minimum of moves binds and nothing else (wish, lock, balance) explains this move. */
    NEEDED_FOR_MINIMUM_MOVES,
    /** A backbone teacher leaving a school above the district's backbone figure (before the round). */
    EASES_BACKBONE_WHERE_HIGH,
    /** A PE/art teacher leaving a school above the district's PE/art figure (before the round). */
    EASES_PE_ART_WHERE_HIGH
}
