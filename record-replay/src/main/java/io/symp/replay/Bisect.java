package io.symp.replay;

import io.symp.app.Event;
import io.symp.app.SymmetricApp;
import io.symp.check.StateDiff;
import io.symp.record.LogContents;
import io.symp.record.LogRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Finds the first tick at which two logs stop agreeing, taking the earliest of: the first
 * tick where either log's recorded live state differs from what its own events give (a
 * corrupted state or non-determinism: found by a faithful {@link Replayer} run), and the first
 * tick where the two logs' settled states differ (different events: found by simulating each
 * log's final timeline, {@link Settled}). It then names the events one log has and the other
 * lacks at or before that tick and the settled state fields that differ there.
 */
public final class Bisect {
    private Bisect() {}

    /** {@code app} gives a fresh instance of the logs' app for each replay. */
    public static BisectResult between(LogContents a, LogContents b, Supplier<SymmetricApp> app) {
        ReplayResult ra = new Replayer(a, app.get()).run();
        ReplayResult rb = new Replayer(b, app.get()).run();
        Settled sa = Settled.of(a, app.get(), ra.firstTick() == 0, Long.MAX_VALUE);
        Settled sb = Settled.of(b, app.get(), rb.firstTick() == 0, Long.MAX_VALUE);
        long from = Math.max(sa.firstTick(), sb.firstTick());
        long to = Math.min(sa.settledThrough(), sb.settledThrough());
        long divergence = -1;
        for (long t = from; t <= to; t++) {
            if (sa.hashAt(t) != sb.hashAt(t)) {
                divergence = t;
                break;
            }
        }
        divergence = earliest(divergence, inSpan(ra.firstMismatch(), from, to));
        divergence = earliest(divergence, inSpan(rb.firstMismatch(), from, to));
        if (divergence < 0) {
            return new BisectResult(from, to, -1, List.of(), List.of(), List.of(), ra, rb);
        }
        Settled da = Settled.of(a, app.get(), ra.firstTick() == 0, divergence);
        Settled db = Settled.of(b, app.get(), rb.firstTick() == 0, divergence);
        List<StateDiff.Difference> diff = StateDiff.between(app.get().info(), da.state(),
                db.state());
        return new BisectResult(from, to, divergence, only(a, b, divergence),
                only(b, a, divergence), diff, ra, rb);
    }

    private static long inSpan(long tick, long from, long to) {
        return tick >= from && tick <= to ? tick : -1;
    }

    private static long earliest(long x, long y) {
        if (x < 0) {
            return y;
        }
        return y < 0 ? x : Math.min(x, y);
    }

    /** Events at or before {@code tick} in {@code x} that {@code y} lacks (or has otherwise). */
    static List<Event> only(LogContents x, LogContents y, long tick) {
        TreeSet<Event> ys = events(y, tick);
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
}
