package org.xuequ.engine.zoning;

/** A zoning problem that cannot be built: a bad value, a duplicate or unknown id, a contradictory lock. */
public final class InvalidZoningException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidZoningException(String message) {
        super(message);
    }
}
