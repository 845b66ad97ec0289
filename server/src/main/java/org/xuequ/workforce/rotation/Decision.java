package org.xuequ.workforce.rotation;

/** What officials said about a proposed move. */
public enum Decision {
    /** The optimiser's, replaced by the next solve. */
    PROPOSED,
    /** Must happen: the next solve keeps it. */
    LOCKED,
    /** Must not happen: the next solve never sends this teacher to this school. */
    VETOED
}
