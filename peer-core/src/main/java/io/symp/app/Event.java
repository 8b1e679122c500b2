package io.symp.app;

/**
 * One application event on the shared timeline: the tick at which every peer applies it, who
 * emitted it ({@link #origin()}, a 64-bit peer id) and the origin's sequence number
 * ({@link #seq()}, from 1). (origin, seq) identifies an event; (tick, origin, seq) orders it,
 * identically on every peer. Its arguments ({@link #args()}) are numbers, texts and byte
 * strings, read with {@link #arg}, {@link #intArg}, {@link #textArg} and {@link #bytesArg}.
 * Immutable.
 */
public final class Event implements Comparable<Event> {
    private final long tick;
    private final long origin;
    private final long seq;
    private final int type;
    private final EventArgs args;

    /** An event whose arguments are all numbers. */
    public Event(long tick, long origin, long seq, int type, long... args) {
        this(tick, origin, seq, type, EventArgs.of(args));
    }

    /** An event with any arguments: numbers, texts, byte strings. */
    public Event(long tick, long origin, long seq, int type, EventArgs args) {
        if (tick < 1) {
            throw new IllegalArgumentException("event tick must be >= 1, got " + tick);
        }
        if (seq < 1) {
            throw new IllegalArgumentException("event seq must be >= 1, got " + seq);
        }
        this.tick = tick;
        this.origin = origin;
        this.seq = seq;
        this.type = type;
        this.args = java.util.Objects.requireNonNull(args, "args");
    }

    public long tick() {
        return tick;
    }

    public long origin() {
        return origin;
    }

    public long seq() {
        return seq;
    }

    /** The event type's code, an index into {@link AppInfo#eventTypes()}. */
    public int type() {
        return type;
    }

    public int argCount() {
        return args.count();
    }

    /** Every argument value (immutable). */
    public EventArgs args() {
        return args;
    }

    /**
     * Number argument {@code index} (INT, LONG or CHAR).
     *
     * @throws IllegalStateException when it is a text or a byte string
     */
    public long arg(int index) {
        return args.number(index);
    }

    /** Argument {@code index} as an int (for {@link ArgKind#INT} and {@link ArgKind#CHAR}). */
    public int intArg(int index) {
        return (int) args.number(index);
    }

    /**
     * Text argument {@code index} ({@link ArgKind#TEXT}).
     *
     * @throws IllegalStateException when it is not a text
     */
    public String textArg(int index) {
        return args.text(index);
    }

    /**
     * A copy of byte-string argument {@code index} ({@link ArgKind#BYTES}; for a text, its UTF-8).
     *
     * @throws IllegalStateException when it is a number
     */
    public byte[] bytesArg(int index) {
        return args.bytes(index);
    }

    /** Whether this is the same event as {@code other}: same origin and seq. */
    public boolean sameId(Event other) {
        return origin == other.origin && seq == other.seq;
    }

    /** The total order every peer applies events in: (tick, origin, seq). */
    @Override
    public int compareTo(Event o) {
        int c = Long.compare(tick, o.tick);
        if (c != 0) {
            return c;
        }
        c = Long.compare(origin, o.origin);
        return c != 0 ? c : Long.compare(seq, o.seq);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event e && tick == e.tick && origin == e.origin && seq == e.seq
                && type == e.type && args.equals(e.args);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(origin * 31 + seq);
    }

    @Override
    public String toString() {
        return "Event{tick=" + tick + ", origin=" + Long.toHexString(origin) + ", seq=" + seq
                + ", type=" + type + ", args=" + args + "}";
    }
}
