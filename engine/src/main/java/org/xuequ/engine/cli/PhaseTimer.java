package org.xuequ.engine.cli;

import java.io.PrintStream;

/** Prints how long each phase took to standard error when {@code --timing} is given. */
final class PhaseTimer {

    private final PrintStream err;
    private long last = System.nanoTime();

    PhaseTimer(PrintStream err) {
        this.err = err;
    }

    void done(String phase) {
        long now = System.nanoTime();
        if (err != null) {
            err.printf("%-22s %6d ms%n", phase, (now - last) / 1_000_000);
        }
        last = now;
    }
}
