package io.symp.topology;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as topology files write them: {@code 50ms}, {@code 1.5s}, {@code 250us}. */
final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s)");

    private Durations() {}

    /** Milliseconds, or null when {@code text} is not a duration. */
    static Double parseMs(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    static String formatMs(double ms) {
        return ms == Math.rint(ms) ? (long) ms + "ms" : String.format(Locale.ROOT, "%sms", ms);
    }
}
