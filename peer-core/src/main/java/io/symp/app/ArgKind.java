package io.symp.app;

/** How an event argument is typed, parsed from text and shown. All are carried as a long. */
public enum ArgKind {
    /** A 32-bit signed integer. */
    INT,
    /** A 64-bit signed integer. */
    LONG,
    /** A Unicode code point, typed and shown as a character. */
    CHAR;

    /** Parses a textual argument; throws {@link IllegalArgumentException} with a readable reason. */
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
            default:
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a 64-bit integer, got '" + text + "'");
                }
        }
    }

    /** The argument as a user would type it. */
    public String format(long value) {
        return this == CHAR ? new String(Character.toChars((int) value)) : Long.toString(value);
    }

    /** The smallest value of this kind. */
    public long min() {
        return switch (this) {
            case INT -> Integer.MIN_VALUE;
            case CHAR -> 0;
            case LONG -> Long.MIN_VALUE;
        };
    }

    /** The largest value of this kind. */
    public long max() {
        return switch (this) {
            case INT -> Integer.MAX_VALUE;
            case CHAR -> Character.MAX_CODE_POINT;
            case LONG -> Long.MAX_VALUE;
        };
    }

    /** Whether {@code value} fits this kind (the wire and the log refuse values that do not). */
    public boolean accepts(long value) {
        return switch (this) {
            case INT -> value == (int) value;
            case CHAR -> value >= 0 && value <= Character.MAX_CODE_POINT;
            case LONG -> true;
        };
    }
}
