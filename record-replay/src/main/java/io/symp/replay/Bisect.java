package io.symp.replay;

import io.symp.app.Event;
import io.symp.app.SymmetricApp;
import io.symp.check.StateDiff;
import io.symp.record.LogContents;
import io.symp.record.LogRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Finds the first tick at which two logs' recorded states differ: full checkpoints first, to
 * bound the window between the last agreeing and the first disagreeing one, then the per-tick
 * hashes inside it. Both logs are then replayed to that tick to name the events one has and the
 * other lacks and the state fields that differ.
 */
public final class Bisect {
    private Bisect() {}

    /** {@code app} gives a fresh instance of the logs' app for each replay. */
    public static BisectResult between(LogContents a, LogContents b, Supplier<SymmetricApp> app) {
        Hashes ha = Hashes.of(a);
        Hashes hb = Hashes.of(b);
        long from = Math.max(ha.first(), hb.first());
        long to = Math.min(ha.last(), hb.last());
        long lastAgree = from - 1;
        long firstBad = to + 1;
        for (Map.Entry<Long, Long> c : ha.full.subMap(from, true, to, true).entrySet()) {
            Long other = hb.full.get(c.getKey());
            if (other == null) {
                continue;
            }
            if (other.longValue() != c.getValue()) {
                firstBad = c.getKey();
                break;
            }
            lastAgree = c.getKey();
        }
        long divergence = -1;
        for (long t = Math.max(from, lastAgree + 1); t <= Math.min(to, firstBad); t++) {
            if (ha.differs(hb, t)) {
                divergence = t;
                break;
            }
        }
        if (divergence < 0 && firstBad <= to) {
            divergence = firstBad;
        }
        if (divergence < 0) {
            return new BisectResult(from, to, lastAgree, -1, List.of(), List.of(), List.of(),
                    null, null);
        }
        ReplayResult ra = new Replayer(a, app.get()).to(divergence).run();
        ReplayResult rb = new Replayer(b, app.get()).to(divergence).run();
        List<StateDiff.Difference> diff = ra.state() == null || rb.state() == null
                ? List.of() : StateDiff.between(app.get().info(), ra.state(), rb.state());
        return new BisectResult(from, to, lastAgree, divergence,
                only(a, b, divergence), only(b, a, divergence), diff, ra, rb);
    }

    /** Events at or before {@code tick} in {@code x} that {@code y} lacks (or has otherwise). */
    static List<Event> only(LogContents x, LogContents y, long tick) {
        TreeSet<Event> ys = new TreeSet<>(events(y, tick));
        List<Event> out = new ArrayList<>();
        for (Event e : events(x, tick)) {
            Event twin = ys.ceiling(e);
            if (twin == null || !twin.equals(e) || !sameContent(twin, e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean sameContent(Event p, Event q) {
        if (p.type() != q.type() || p.argCount() != q.argCount()) {
            return false;
        }
        for (int i = 0; i < p.argCount(); i++) {
            if (p.arg(i) != q.arg(i)) {
                return false;
            }
        }
        return true;
    }

    private static TreeSet<Event> events(LogContents log, long tick) {
        TreeSet<Event> out = new TreeSet<>();
        for (LogRecord r : log.records()) {
            if (r instanceof LogRecord.EventRecord e && e.event().tick() <= tick) {
                out.add(e.event());
            }
        }
        return out;
    }

    /** A log's recorded hashes: full ones at checkpoints, 16 bits at other ticks. */
    private record Hashes(TreeMap<Long, Long> full, TreeMap<Long, Short> low) {
        static Hashes of(LogContents log) {
            Hashes h = new Hashes(new TreeMap<>(), new TreeMap<>());
            for (LogRecord r : log.records()) {
                if (r instanceof LogRecord.Checkpoint c) {
                    h.full.put(c.tick(), c.hash());
                    h.low.put(c.tick(), (short) c.hash());
                } else if (r instanceof LogRecord.TickHash t) {
                    h.low.put(t.tick(), t.hash16());
                }
            }
            return h;
        }

        long first() {
            return low.isEmpty() ? Long.MAX_VALUE : low.firstKey();
        }

        long last() {
            return low.isEmpty() ? Long.MIN_VALUE : low.lastKey();
        }

        boolean differs(Hashes o, long t) {
            Short x = low.get(t);
            Short y = o.low.get(t);
            return x != null && y != null && x.shortValue() != y.shortValue();
        }
    }
}
