package io.symp.replay;

import io.symp.record.LogContents;
import io.symp.record.LogRecord;
import java.util.BitSet;

/**
 * The state hashes a log recorded live (16 bits of each tick's, the whole hash at checkpoints),
 * with which of them were final: a tick's recorded hash is final when no event of that tick or
 * before arrived after the peer first simulated it, so the peer never changed its mind. Two
 * peers whose final hashes differ at a tick where they hold the same events diverged there,
 * live, whatever their settled timelines say: a non-deterministic app (a static field, an
 * unseeded random) gives the same settled states and different live ones.
 */
final class LiveHashes {
    private final long firstTick;
    private final short[] hash16;
    private final BitSet known = new BitSet();
    private final BitSet changed = new BitSet();

    private LiveHashes(long firstTick, int span) {
        this.firstTick = firstTick;
        this.hash16 = new short[span];
    }

    static LiveHashes of(LogContents log) {
        long first = Long.MAX_VALUE;
        long last = -1;
        for (LogRecord r : log.records()) {
            long t = tickOf(r);
            if (t >= 0) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        if (last < 0) {
            return new LiveHashes(0, 0);
        }
        LiveHashes h = new LiveHashes(first, (int) (last - first + 1));
        long adoptedThrough = -1;
        for (LogRecord r : log.records()) {
            if (r instanceof LogRecord.TickHash th) {
                h.put(th.tick(), th.hash16());
            } else if (r instanceof LogRecord.Checkpoint c) {
                h.put(c.tick(), (short) c.hash());
            } else if (r instanceof LogRecord.EventRecord e && e.event().tick() <= e.atTick()) {
                h.changed(e.event().tick(), e.atTick());
            } else if (r instanceof LogRecord.Adopt a) {
                adoptedThrough = Math.max(adoptedThrough, a.tick());
            }
        }
        h.changed(first, adoptedThrough);
        return h;
    }

    private static long tickOf(LogRecord r) {
        return r instanceof LogRecord.TickHash th ? th.tick()
                : r instanceof LogRecord.Checkpoint c ? c.tick()
                : r instanceof LogRecord.Tick t ? t.tick() : -1;
    }

    private void put(long tick, short hash) {
        int i = (int) (tick - firstTick);
        hash16[i] = hash;
        known.set(i);
    }

    private void changed(long from, long to) {
        long lo = Math.max(from, firstTick);
        long hi = Math.min(to, firstTick + hash16.length - 1);
        if (lo <= hi) {
            changed.set((int) (lo - firstTick), (int) (hi - firstTick) + 1);
        }
    }

    /** Whether the recorded hash of {@code tick} is the one the peer kept. */
    boolean isFinal(long tick) {
        int i = (int) (tick - firstTick);
        return i >= 0 && i < hash16.length && known.get(i) && !changed.get(i);
    }

    /**
     * The first tick in {@code [from, to]} where both logs kept a final hash and those differ,
     * or -1.
     */
    static long firstDifference(LiveHashes a, LiveHashes b, long from, long to) {
        for (long t = from; t <= to; t++) {
            if (a.isFinal(t) && b.isFinal(t)
                    && a.hash16[(int) (t - a.firstTick)] != b.hash16[(int) (t - b.firstTick)]) {
                return t;
            }
        }
        return -1;
    }
}
