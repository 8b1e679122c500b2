package io.symp.cli;

import picocli.CommandLine;

/**
 * Durations on the command line, in the grammar topology files use too
 * ({@link io.symp.topology.Durations}): {@code 250us}, {@code 50ms}, {@code 2s}, {@code 5m},
 * {@code 1h}. A value beyond {@link #MAX_NANOS} (a year) is refused, not wrapped.
 */
public final class Durations implements CommandLine.ITypeConverter<Long> {
    /** The longest duration any flag takes: a year. */
    public static final long MAX_NANOS = 365L * 24 * 3600 * 1_000_000_000L;

    /** Nanoseconds of {@code text}; a bad value is a picocli type error (exit 2, one line). */
    @Override
    public Long convert(String text) {
        Double nanos = io.symp.topology.Durations.parseNanos(text);
        if (nanos == null) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is not a duration (e.g. " + io.symp.topology.Durations.EXAMPLES + ")");
        }
        if (nanos > MAX_NANOS) {
            throw new CommandLine.TypeConversionException("'" + text
                    + "' is longer than a year");
        }
        return Math.round(nanos);
    }

    /** A duration, or a bare number taken as seconds ({@code demo --seconds 20}). */
    public static final class SecondsByDefault implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return new Durations().convert(text.trim().matches("\\d+(\\.\\d+)?") ? text.trim() + "s" : text);
        }
    }

    public static long parse(String text) {
        return new Durations().convert(text);
    }
}
