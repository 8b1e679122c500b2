package io.symp.record;

import io.symp.app.Event;
import io.symp.app.EventArgs;
import io.symp.peer.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes and decodes records with stop-bit varints and deltas. Stateful within a block (it is
 * {@link #reset} at every block): ticks are deltas from the previous record's tick, origins are
 * indexes into a table grown on first sight, sequence numbers are deltas from the origin's
 * previous one; an event whose arguments include texts or byte strings tags each argument
 * (docs/LOG-FORMAT.md, version 3). Invariant: a writer and a reader that see
 * the same records in the same order hold the same state.
 */
final class RecordCodec {
    /** Kind-byte flags of an EVENT record: applied late; its arguments are tagged (strings among them). */
    private static final int LATE = 0x40;
    private static final int STRINGS = 0x80;
    private static final int ARG_NUMBER = 0;
    private static final int ARG_TEXT = 1;
    private static final int ARG_BYTES = 2;

    private long lastTick;
    private final List<Long> origins = new ArrayList<>();
    private final Map<Long, Integer> originIndex = new HashMap<>();
    private final List<Long> lastSeq = new ArrayList<>();

    /** Starts afresh, as at the start of every block (so each block decodes on its own). */
    void reset() {
        lastTick = 0;
        origins.clear();
        originIndex.clear();
        lastSeq.clear();
    }

    void write(LogRecord record, LogBytes out) {
        if (record instanceof LogRecord.EventRecord e) {
            writeEvent(e, out);
        } else if (record instanceof LogRecord.Rollback r) {
            out.writeByte(LogRecord.ROLLBACK);
            tick(r.fromTick(), out);
            out.writeStopBit(zigzag(r.toTick() - r.fromTick()));
            out.writeStopBit(zigzag(r.snapshotTick() - r.fromTick()));
        } else if (record instanceof LogRecord.Checkpoint c) {
            out.writeByte(LogRecord.CHECKPOINT);
            tick(c.tick(), out);
            out.writeLong(c.hash());
        } else if (record instanceof LogRecord.TickHash h) {
            out.writeByte(LogRecord.TICK_HASH);
            tick(h.tick(), out);
            out.writeShort(h.hash16());
        } else if (record instanceof LogRecord.Tick t) {
            out.writeByte(LogRecord.TICK);
            tick(t.tick(), out);
        } else if (record instanceof LogRecord.Snapshot s) {
            out.writeByte(LogRecord.SNAPSHOT);
            tick(s.tick(), out);
            out.writeStopBit(s.region().length);
            out.write(s.region());
        } else if (record instanceof LogRecord.Link l) {
            out.writeByte(l.up() ? LogRecord.JOIN : LogRecord.LEAVE);
            out.writeLong(l.peerId());
        } else if (record instanceof LogRecord.Adopt a) {
            out.writeByte(LogRecord.ADOPT);
            tick(a.tick(), out);
        }
    }

    private void writeEvent(LogRecord.EventRecord r, LogBytes out) {
        Event e = r.event();
        boolean strings = !e.args().numbersOnly();
        out.writeByte((byte) (LogRecord.EVENT | (r.late() ? LATE : 0) | (strings ? STRINGS : 0)));
        tick(r.atTick(), out);
        out.writeStopBit(zigzag(e.tick() - r.atTick()));
        Integer index = originIndex.get(e.origin());
        if (index == null) {
            index = origins.size();
            originIndex.put(e.origin(), index);
            origins.add(e.origin());
            lastSeq.add(0L);
            out.writeStopBit(index);
            out.writeLong(e.origin());
        } else {
            out.writeStopBit(index);
        }
        out.writeStopBit(zigzag(e.seq() - lastSeq.get(index) - 1));
        lastSeq.set(index, e.seq());
        int argc = e.argCount();
        out.writeStopBit(((long) e.type() << 4) | Math.min(argc, 15));
        if (argc >= 15) {
            out.writeStopBit(argc);
        }
        if (strings) {
            writeTagged(e.args(), out);
            return;
        }
        for (int i = 0; i < argc; i++) {
            out.writeStopBit(zigzag(e.arg(i)));
        }
    }

    /** Arguments with strings among them: a tag byte before each (format version 3). */
    private static void writeTagged(EventArgs args, LogBytes out) {
        for (int i = 0; i < args.count(); i++) {
            if (args.isNumber(i)) {
                out.writeByte((byte) ARG_NUMBER);
                out.writeStopBit(zigzag(args.number(i)));
            } else {
                out.writeByte((byte) (args.isText(i) ? ARG_TEXT : ARG_BYTES));
                byte[] b = args.bytes(i);
                out.writeStopBit(b.length);
                out.write(b);
            }
        }
    }

    /** Reads one record; throws IllegalStateException on anything malformed. */
    LogRecord read(LogBytes in) {
        int kind = in.readUnsignedByte();
        switch (kind & 0x3f) {
            case LogRecord.EVENT:
                return readEvent(in, (kind & LATE) != 0, (kind & STRINGS) != 0);
            case LogRecord.ROLLBACK: {
                long from = tick(in);
                long to = from + unzigzag(in.readStopBit());
                return new LogRecord.Rollback(from, to, from + unzigzag(in.readStopBit()));
            }
            case LogRecord.CHECKPOINT:
                return new LogRecord.Checkpoint(tick(in), in.readLong());
            case LogRecord.TICK_HASH:
                return new LogRecord.TickHash(tick(in), in.readShort());
            case LogRecord.TICK:
                return new LogRecord.Tick(tick(in));
            case LogRecord.SNAPSHOT: {
                long t = tick(in);
                long n = in.readStopBit();
                if (n < 0 || n > in.readRemaining()) {
                    throw new IllegalStateException("snapshot length " + n);
                }
                byte[] region = new byte[(int) n];
                in.read(region);
                return new LogRecord.Snapshot(t, region);
            }
            case LogRecord.JOIN:
                return new LogRecord.Link(in.readLong(), true);
            case LogRecord.LEAVE:
                return new LogRecord.Link(in.readLong(), false);
            case LogRecord.ADOPT:
                return new LogRecord.Adopt(tick(in));
            default:
                throw new IllegalStateException("unknown record kind " + kind);
        }
    }

    private LogRecord readEvent(LogBytes in, boolean late, boolean strings) {
        long at = tick(in);
        long eventTick = at + unzigzag(in.readStopBit());
        long index = in.readStopBit();
        if (index < 0 || index > origins.size()) {
            throw new IllegalStateException("origin index " + index);
        }
        if (index == origins.size()) {
            long origin = in.readLong();
            originIndex.put(origin, origins.size());
            origins.add(origin);
            lastSeq.add(0L);
        }
        int i = (int) index;
        long seq = lastSeq.get(i) + 1 + unzigzag(in.readStopBit());
        lastSeq.set(i, seq);
        long typeArgs = in.readStopBit();
        long argc = typeArgs & 15;
        if (argc == 15) {
            argc = in.readStopBit();
        }
        if (argc < 0 || argc > in.readRemaining()) {
            throw new IllegalStateException("argument count " + argc);
        }
        EventArgs args = strings ? readTagged((int) argc, in) : readNumbers((int) argc, in);
        Event e = new Event(eventTick, origins.get(i), seq, (int) (typeArgs >>> 4), args);
        return new LogRecord.EventRecord(at, e, late);
    }

    private static EventArgs readNumbers(int argc, LogBytes in) {
        long[] args = new long[argc];
        for (int a = 0; a < argc; a++) {
            args[a] = unzigzag(in.readStopBit());
        }
        return EventArgs.of(args);
    }

    private static EventArgs readTagged(int argc, LogBytes in) {
        EventArgs.Builder args = EventArgs.builder();
        for (int a = 0; a < argc; a++) {
            int tag = in.readUnsignedByte();
            if (tag == ARG_NUMBER) {
                args.number(unzigzag(in.readStopBit()));
                continue;
            }
            if (tag != ARG_TEXT && tag != ARG_BYTES) {
                throw new IllegalStateException("argument tag " + tag);
            }
            long n = in.readStopBit();
            if (n < 0 || n > Limits.ARG_BYTES_MAX || n > in.readRemaining()) {
                throw new IllegalStateException("argument of " + n + " bytes (at most " + Limits.ARG_BYTES_MAX + ")");
            }
            byte[] b = new byte[(int) n];
            in.read(b);
            try {
                if (tag == ARG_TEXT) {
                    args.utf8(b);
                } else {
                    args.bytes(b);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage());
            }
        }
        return args.build();
    }

    private void tick(long tick, LogBytes out) {
        out.writeStopBit(zigzag(tick - lastTick));
        lastTick = tick;
    }

    private long tick(LogBytes in) {
        lastTick += unzigzag(in.readStopBit());
        return lastTick;
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
