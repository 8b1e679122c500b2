package io.symp.topology;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration grammar of symp, for topology files and command lines alike: a decimal
 * number and a unit, {@code 250us}, {@code 50ms}, {@code 1.5s}, {@code 5m}, {@code 1h}.
 */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s|m|h)");
    /** What a message shows as examples of the grammar. */
    public static final String EXAMPLES = "250us, 50ms, 1.5s, 5m, 1h";

    private Durations() {}

    /** Nanoseconds (rounded), or null when {@code text} is not a duration. */
    public static Double parseNanos(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        double unitNanos = switch (m.group(2)) {
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return value * unitNanos;
    }

    /** Milliseconds, or null when {@code text} is not a duration. */
    static Double parseMs(String text) {
        Double nanos = parseNanos(text);
        return nanos == null ? null : nanos / 1e6;
    }

    static String formatMs(double ms) {
        return ms == Math.rint(ms) ? (long) ms + "ms" : String.format(Locale.ROOT, "%sms", ms);
    }
}
