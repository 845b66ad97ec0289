package org.xuequ.engine.cli;

/** Bad input or usage: reported as one line on standard error, exit code 2, nothing written. */
final class InputError extends Exception {

    private static final long serialVersionUID = 1L;

    InputError(String message) {
        super(message);
    }

    /** An error at a line of a file, reported as {@code file:line: reason}. */
    static InputError at(String file, long line, String reason) {
        return new InputError(file + ":" + line + ": " + reason);
    }
}
