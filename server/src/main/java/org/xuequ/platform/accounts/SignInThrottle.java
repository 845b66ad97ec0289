package org.xuequ.platform.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Counts sign-in attempts per identity in the database. Every attempt is counted before its secret
 * is checked, in one statement, so a burst of parallel guesses is counted in full; past the limit
 * the identity is locked, and a right secret is refused too. Identities that do not exist (a
 * made-up user name, an unregistered ID number) are counted and locked exactly like real ones, so
 * the answers never tell which is which.
 */
public interface SignInThrottle {

    /** USER: a console account; FAMILY: a child's ID number; RESULT: one application number of one draw. */
    enum Kind {
        USER,
        FAMILY,
        RESULT
    }

    /**
     * Counts an attempt and, unless the identity is locked, runs {@code check}: it verifies the secret
     * (with a dummy hash when the identity is unknown, so that timing matches) and returns what signed
     * in, or empty when the secret was wrong.
     */
    <T> Outcome<T> attempt(Kind kind, String identity, Supplier<Optional<T>> check);

    /** Forgets the count and any lock (an administrator unlocks an account). */
    void clear(Kind kind, String identity);

    /** The identity a family's ID number is counted under: a keyed hash, never the number itself. */
    String familyIdentity(String idNumber);

    /**
     * How an attempt ended: {@code value} when it signed in; otherwise refused, with
     * {@code lockedUntil} set when the identity is (now) locked.
     */
    record Outcome<T>(T value, Instant lockedUntil) {

        public boolean signedIn() {
            return value != null;
        }

        public boolean locked() {
            return value == null && lockedUntil != null;
        }
    }
}
