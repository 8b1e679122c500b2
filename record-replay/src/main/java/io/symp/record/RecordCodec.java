package io.symp.record;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes and decodes records with stop-bit varints and deltas. Stateful within a block (it is
 * {@link #reset} at every block): ticks are deltas from the previous record's tick, origins are
 * indexes into a table grown on first sight, sequence numbers are deltas from the origin's
 * previous one. Invariant: a writer and a reader that see
 * the same records in the same order hold the same state.
 */
final class RecordCodec {
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
        out.writeByte((byte) (LogRecord.EVENT | (r.late() ? 0x40 : 0)));
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
        for (int i = 0; i < argc; i++) {
            out.writeStopBit(zigzag(e.arg(i)));
        }
    }

    /** Reads one record; throws IllegalStateException on anything malformed. */
    LogRecord read(LogBytes in) {
        int kind = in.readUnsignedByte();
        switch (kind & 0x3f) {
            case LogRecord.EVENT:
                return readEvent(in, (kind & 0x40) != 0);
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

    private LogRecord readEvent(LogBytes in, boolean late) {
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
        long[] args = new long[(int) argc];
        for (int a = 0; a < args.length; a++) {
            args[a] = unzigzag(in.readStopBit());
        }
        Event e = new Event(eventTick, origins.get(i), seq, (int) (typeArgs >>> 4), args);
        return new LogRecord.EventRecord(at, e, late);
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
