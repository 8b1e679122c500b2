package io.symp.core;

/**
 * Always-on invariant checks (Java's {@code assert} is off by default). A failure is a bug in
 * symp, never a user error, and says what was expected with the values involved.
 */
public final class Check {
    private Check() {}

    public static void state(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("invariant broken: " + what);
        }
    }

    public static void state(boolean condition, String what, long a, long b) {
        if (!condition) {
            throw new IllegalStateException("invariant broken: " + what + " (" + a + ", " + b + ")");
        }
    }

    public static void argument(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(what);
        }
    }
}
