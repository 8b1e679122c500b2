package io.symp.app;

import java.util.Arrays;

/**
 * One application event on the shared timeline: the tick at which every peer applies it, who
 * emitted it ({@link #origin()}, a 64-bit peer id) and the origin's sequence number
 * ({@link #seq()}, from 1). (origin, seq) identifies an event; (tick, origin, seq) orders it,
 * identically on every peer. Immutable.
 */
public final class Event implements Comparable<Event> {
    private final long tick;
    private final long origin;
    private final long seq;
    private final int type;
    private final long[] args;

    public Event(long tick, long origin, long seq, int type, long... args) {
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
        this.args = args.clone();
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
        return args.length;
    }

    public long arg(int index) {
        return args[index];
    }

    /** Argument {@code index} as an int (for {@link ArgKind#INT} and {@link ArgKind#CHAR}). */
    public int intArg(int index) {
        return (int) args[index];
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
                && type == e.type && Arrays.equals(args, e.args);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(origin * 31 + seq);
    }

    @Override
    public String toString() {
        return "Event{tick=" + tick + ", origin=" + Long.toHexString(origin) + ", seq=" + seq
                + ", type=" + type + ", args=" + Arrays.toString(args) + "}";
    }
}
