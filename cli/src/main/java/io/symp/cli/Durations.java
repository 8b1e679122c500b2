package io.symp.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Durations on the command line: {@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h}, {@code 250us}. */
public final class Durations implements CommandLine.ITypeConverter<Long> {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s|m|h)");

    /** Nanoseconds of {@code text}; a bad value is a picocli type error (exit 2, one line). */
    @Override
    public Long convert(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a duration (e.g. 250us, 50ms, 2s, 5m, 1h)");
        }
        double value = Double.parseDouble(m.group(1));
        double unitNanos = switch (m.group(2)) {
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return Math.round(value * unitNanos);
    }

    public static long parse(String text) {
        return new Durations().convert(text);
    }
}
