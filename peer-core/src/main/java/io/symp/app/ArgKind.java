package io.symp.app;

import io.symp.peer.Limits;

/**
 * How an event argument is typed, parsed from text and shown. INT, LONG and CHAR are numbers,
 * carried as a long ({@link Event#arg}); TEXT and BYTES are strings of at most
 * {@link Limits#ARG_BYTES_MAX} bytes ({@link Event#textArg}, {@link Event#bytesArg}), whose
 * {@link #min()} and {@link #max()} bound their length in bytes.
 */
public enum ArgKind {
    /** A 32-bit signed integer. */
    INT,
    /** A 64-bit signed integer. */
    LONG,
    /** A Unicode code point, typed and shown as a character. */
    CHAR,
    /**
     * UTF-8 text of at most {@link Limits#ARG_BYTES_MAX} bytes: a chat line, a name. Typed bare
     * ({@code hello}) or in double quotes with backslash escapes ({@code "hi \"you\"\n"}).
     */
    TEXT,
    /** A byte string of at most {@link Limits#ARG_BYTES_MAX} bytes, typed as {@code 0x0aff}. */
    BYTES;

    /** Whether values of this kind are numbers (INT, LONG, CHAR) rather than strings. */
    public boolean numeric() {
        return this != TEXT && this != BYTES;
    }

    /**
     * Parses a textual number; throws {@link IllegalArgumentException} with a readable reason
     * (also for TEXT and BYTES, which are not numbers: see {@link #parseInto}).
     */
    public long parse(String text) {
        switch (this) {
            case CHAR:
                if (text.codePointCount(0, text.length()) != 1) {
                    throw new IllegalArgumentException("expected one character, got '" + text + "'");
                }
                return text.codePointAt(0);
            case INT:
                try {
                    return Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a 32-bit integer, got '" + text + "'");
                }
            case LONG:
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a 64-bit integer, got '" + text + "'");
                }
            default:
                throw new IllegalArgumentException(name().toLowerCase(java.util.Locale.ROOT) + " is not a number");
        }
    }

    /**
     * Parses a typed argument of this kind and appends it to {@code args}: a number, a text
     * (bare or quoted) or bytes ({@code 0x} and hex digits).
     *
     * @throws IllegalArgumentException with a readable reason
     */
    public EventArgs.Builder parseInto(EventArgs.Builder args, String typed) {
        return switch (this) {
            case TEXT -> args.text(ArgSyntax.unquote(typed));
            case BYTES -> args.bytes(ArgSyntax.hex(typed));
            default -> args.number(parse(typed));
        };
    }

    /** The number as a user would type it (a length for TEXT and BYTES). */
    public String format(long value) {
        return this == CHAR ? new String(Character.toChars((int) value)) : Long.toString(value);
    }

    /** The smallest value of this kind (the shortest length, for TEXT and BYTES). */
    public long min() {
        return switch (this) {
            case INT -> Integer.MIN_VALUE;
            case CHAR, TEXT, BYTES -> 0;
            case LONG -> Long.MIN_VALUE;
        };
    }

    /** The largest value of this kind (the longest length in bytes, for TEXT and BYTES). */
    public long max() {
        return switch (this) {
            case INT -> Integer.MAX_VALUE;
            case CHAR -> Character.MAX_CODE_POINT;
            case LONG -> Long.MAX_VALUE;
            case TEXT, BYTES -> Limits.ARG_BYTES_MAX;
        };
    }

    /**
     * Whether {@code value} fits this kind (the wire and the log refuse values that do not):
     * for TEXT and BYTES, whether it is a length they may have.
     */
    public boolean accepts(long value) {
        return switch (this) {
            case INT -> value == (int) value;
            case CHAR -> value >= 0 && value <= Character.MAX_CODE_POINT;
            case LONG -> true;
            case TEXT, BYTES -> value >= 0 && value <= Limits.ARG_BYTES_MAX;
        };
    }
}
