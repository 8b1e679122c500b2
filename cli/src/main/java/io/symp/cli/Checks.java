package io.symp.cli;

import io.symp.core.UserError;

/** Range checks of flag values, one rule per message, before any work starts. */
public final class Checks {
    private Checks() {}

    /** A finite number in {@code [min, max]}. */
    public static double within(String flag, double value, double min, double max) {
        if (!Double.isFinite(value)) {
            throw new UserError(flag + " must be a finite number, got " + value);
        }
        if (value < min) {
            throw new UserError(flag + " must be at least " + plain(min) + ", got " + plain(value));
        }
        if (value > max) {
            throw new UserError(flag + " must be at most " + plain(max) + ", got " + plain(value));
        }
        return value;
    }

    /** A finite number above zero and at most {@code max}. */
    public static double positive(String flag, double value, double max) {
        if (Double.isFinite(value) && value <= 0) {
            throw new UserError(flag + " must be more than 0, got " + plain(value));
        }
        return within(flag, value, 0, max);
    }

    /** A whole number in {@code [min, max]}. */
    public static long within(String flag, long value, long min, long max) {
        if (value < min) {
            throw new UserError(flag + " must be at least " + min + ", got " + value);
        }
        if (value > max) {
            throw new UserError(flag + " must be at most " + max + ", got " + value);
        }
        return value;
    }

    /** A duration above zero. */
    public static long positiveNanos(String flag, long nanos) {
        if (nanos <= 0) {
            throw new UserError(flag + " must be longer than 0");
        }
        return nanos;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
