package io.symp.app;

import java.util.Locale;

/**
 * One named, typed argument of an {@link EventType}, with the values it may take: by default
 * every value of its {@link ArgKind}; {@link #range(long, long)} narrows it. A value outside
 * the range is refused where the event is emitted, when it arrives from a neighbour and when
 * a log is replayed, so the application never sees one; the random workload
 * ({@code --emit-rate}, {@code symp sim}) draws only values inside it. For {@link ArgKind#TEXT}
 * and {@link ArgKind#BYTES} the range bounds the length in bytes (a text's UTF-8), inside
 * 0..{@link io.symp.peer.Limits#ARG_BYTES_MAX}: {@code new Arg("line", ArgKind.TEXT).range(1, 140)}.
 *
 * @param name the argument's name, for people
 * @param kind how it is typed and shown
 * @param min  the smallest value allowed (inclusive)
 * @param max  the largest value allowed (inclusive)
 */
public record Arg(String name, ArgKind kind, long min, long max) {
    public Arg {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("argument name must not be empty");
        }
        if (min > max || !kind.accepts(min) || !kind.accepts(max)) {
            throw new IllegalArgumentException("argument " + name + ": range " + min + ".." + max
                    + " is empty or outside " + kind.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Every value of {@code kind}. */
    public Arg(String name, ArgKind kind) {
        this(name, kind, kind.min(), kind.max());
    }

    /** This argument restricted to {@code [min, max]} (both inclusive). */
    public Arg range(long min, long max) {
        return new Arg(name, kind, min, max);
    }

    /** Whether a range narrower than the kind's was declared. */
    public boolean ranged() {
        return min != kind.min() || max != kind.max();
    }

    /** Whether {@code value} is allowed: it fits the kind and the range. */
    public boolean accepts(long value) {
        return kind.accepts(value) && value >= min && value <= max;
    }

    /** Why {@code value} is not allowed, e.g. {@code dx = 9 outside -5..5}, or null when it is. */
    public String problem(long value) {
        if (accepts(value)) {
            return null;
        }
        return name + " = " + value + (ranged() ? " outside " + rangeText()
                : " does not fit " + kind.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Why value {@code index} of {@code values} is not allowed for this argument (a number
     * where a string is wanted or the other way round, a value or a length outside the range),
     * or null when it is.
     */
    public String problem(EventArgs values, int index) {
        if (kind.numeric()) {
            return values.isNumber(index) ? problem(values.number(index))
                    : name + " must be " + kindText() + ", got " + (values.isText(index) ? "text" : "bytes");
        }
        boolean wanted = kind == ArgKind.TEXT ? values.isText(index) : values.isBytes(index);
        if (!wanted) {
            return name + " must be " + kindText() + ", got "
                    + (values.isNumber(index) ? "a number" : values.isText(index) ? "text" : "bytes");
        }
        int length = values.byteLength(index);
        if (length < min || length > max) {
            return name + " of " + length + " bytes outside " + rangeText() + " bytes";
        }
        return null;
    }

    private String kindText() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private String rangeText() {
        return kind.format(min) + ".." + kind.format(max);
    }

    /** e.g. {@code dx:int} or {@code dx:int[-5..5]}. */
    @Override
    public String toString() {
        return name + ":" + kind.name().toLowerCase(Locale.ROOT) + (ranged() ? "[" + rangeText() + "]" : "");
    }
}
