package io.symp.record;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.openhft.chronicle.bytes.Bytes;

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

    void write(LogRecord record, Bytes<?> out) {
        if (record instanceof LogRecord.EventRecord e) {
            writeEvent(e, out);
        } else if (record instanceof LogRecord.Rollback r) {
            out.writeByte(LogRecord.ROLLBACK);
            tick(r.fromTick(), out);
            LogVarint.write(zigzag(r.toTick() - r.fromTick()), out);
            LogVarint.write(zigzag(r.snapshotTick() - r.fromTick()), out);
        } else if (record instanceof LogRecord.Checkpoint c) {
            out.writeByte(LogRecord.CHECKPOINT);
            tick(c.tick(), out);
            out.writeLong(c.hash());
        } else if (record instanceof LogRecord.TickHash h) {
            out.writeByte(LogRecord.TICK_HASH);
            tick(h.tick(), out);
            out.writeShort(h.hash16());
        } else if (record instanceof LogRecord.Snapshot s) {
            out.writeByte(LogRecord.SNAPSHOT);
            tick(s.tick(), out);
            LogVarint.write(s.region().length, out);
            out.write(s.region());
        } else if (record instanceof LogRecord.Link l) {
            out.writeByte(l.up() ? LogRecord.JOIN : LogRecord.LEAVE);
            out.writeLong(l.peerId());
        } else if (record instanceof LogRecord.Adopt a) {
            out.writeByte(LogRecord.ADOPT);
            tick(a.tick(), out);
        }
    }

    private void writeEvent(LogRecord.EventRecord r, Bytes<?> out) {
        Event e = r.event();
        out.writeByte((byte) (LogRecord.EVENT | (r.late() ? 0x40 : 0)));
        tick(r.atTick(), out);
        LogVarint.write(zigzag(e.tick() - r.atTick()), out);
        Integer index = originIndex.get(e.origin());
        if (index == null) {
            index = origins.size();
            originIndex.put(e.origin(), index);
            origins.add(e.origin());
            lastSeq.add(0L);
            LogVarint.write(index, out);
            out.writeLong(e.origin());
        } else {
            LogVarint.write(index, out);
        }
        LogVarint.write(zigzag(e.seq() - lastSeq.get(index) - 1), out);
        lastSeq.set(index, e.seq());
        int argc = e.argCount();
        LogVarint.write(((long) e.type() << 4) | Math.min(argc, 15), out);
        if (argc >= 15) {
            LogVarint.write(argc, out);
        }
        for (int i = 0; i < argc; i++) {
            LogVarint.write(zigzag(e.arg(i)), out);
        }
    }

    /** Reads one record; throws IllegalStateException on anything malformed. */
    LogRecord read(Bytes<?> in) {
        int kind = in.readUnsignedByte();
        switch (kind & 0x3f) {
            case LogRecord.EVENT:
                return readEvent(in, (kind & 0x40) != 0);
            case LogRecord.ROLLBACK: {
                long from = tick(in);
                long to = from + unzigzag(LogVarint.read(in));
                return new LogRecord.Rollback(from, to, from + unzigzag(LogVarint.read(in)));
            }
            case LogRecord.CHECKPOINT:
                return new LogRecord.Checkpoint(tick(in), in.readLong());
            case LogRecord.TICK_HASH:
                return new LogRecord.TickHash(tick(in), in.readShort());
            case LogRecord.SNAPSHOT: {
                long t = tick(in);
                long n = LogVarint.read(in);
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

    private LogRecord readEvent(Bytes<?> in, boolean late) {
        long at = tick(in);
        long eventTick = at + unzigzag(LogVarint.read(in));
        long index = LogVarint.read(in);
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
        long seq = lastSeq.get(i) + 1 + unzigzag(LogVarint.read(in));
        lastSeq.set(i, seq);
        long typeArgs = LogVarint.read(in);
        long argc = typeArgs & 15;
        if (argc == 15) {
            argc = LogVarint.read(in);
        }
        if (argc < 0 || argc > in.readRemaining()) {
            throw new IllegalStateException("argument count " + argc);
        }
        long[] args = new long[(int) argc];
        for (int a = 0; a < args.length; a++) {
            args[a] = unzigzag(LogVarint.read(in));
        }
        Event e = new Event(eventTick, origins.get(i), seq, (int) (typeArgs >>> 4), args);
        return new LogRecord.EventRecord(at, e, late);
    }

    private void tick(long tick, Bytes<?> out) {
        LogVarint.write(zigzag(tick - lastTick), out);
        lastTick = tick;
    }

    private long tick(Bytes<?> in) {
        lastTick += unzigzag(LogVarint.read(in));
        return lastTick;
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
