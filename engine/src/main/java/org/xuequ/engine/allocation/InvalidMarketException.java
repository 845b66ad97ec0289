package org.xuequ.engine.allocation;

/** An allocation input that cannot be run: the message names the offending ids and the reason. */
public class InvalidMarketException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidMarketException(String message) {
        super(message);
    }
}
