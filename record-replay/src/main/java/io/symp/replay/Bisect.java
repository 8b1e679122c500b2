package io.symp.replay;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.check.NonDeterminism;
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
 * tick where the two logs' settled states differ (different events: found by simulating each
 * log's final timeline, {@link Settled}); the first tick where both peers kept a live state
 * hash and those differ although they hold the same events (a live divergence, as a
 * non-deterministic app gives: {@link LiveHashes}); and the first tick where either log's
 * recorded live state differs from what its own events give (a corrupted state: found by a
 * faithful {@link Replayer} run), unless a sync-testing replay shows the app itself is not
 * deterministic, which explains such a mismatch. It then names the events one log has and the
 * other lacks at or before that tick and the state fields that differ there.
 *
 * <p>Every replay takes a fresh app from the supplier: give one whose instances share no
 * static field ({@link io.symp.app.Apps#isolated}), or one log's statics leak into the other.
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
        long settled = -1;
        for (long t = from; t <= to; t++) {
            if (sa.hashAt(t) != sb.hashAt(t)) {
                settled = t;
                break;
            }
        }
        long live = liveDivergence(a, b, from, settled < 0 ? to : settled);
        NonDeterminism na = ra.clean() ? null : SyncTestReplay.of(a, app);
        NonDeterminism nb = rb.clean() ? null : SyncTestReplay.of(b, app);
        long divergence = earliest(settled, live);
        divergence = earliest(divergence, na != null ? -1 : inSpan(ra.firstMismatch(), from, to));
        divergence = earliest(divergence, nb != null ? -1 : inSpan(rb.firstMismatch(), from, to));
        NonDeterminism found = na != null ? na : nb;
        if (divergence < 0) {
            return new BisectResult(from, to, -1, List.of(), List.of(), List.of(), ra, rb,
                    null, List.of(), found);
        }
        String cause = divergence == settled ? BisectResult.EVENTS
                : divergence == live ? BisectResult.LIVE : BisectResult.REPLAY;
        Settled da = Settled.of(a, app.get(), ra.firstTick() == 0, divergence);
        Settled db = Settled.of(b, app.get(), rb.firstTick() == 0, divergence);
        List<StateDiff.Difference> diff = StateDiff.between(app.get().info(), da.state(),
                db.state());
        State liveA = new Replayer(a, app.get()).to(divergence).run().state();
        State liveB = new Replayer(b, app.get()).to(divergence).run().state();
        List<StateDiff.Difference> liveDiff = liveA == null || liveB == null ? List.of()
                : StateDiff.between(app.get().info(), liveA, liveB);
        return new BisectResult(from, to, divergence, only(a, b, divergence),
                only(b, a, divergence), diff, ra, rb, cause, liveDiff, found);
    }

    /** The first tick in the span where both logs kept a live hash, unequal, with equal events. */
    private static long liveDivergence(LogContents a, LogContents b, long from, long to) {
        long t = LiveHashes.firstDifference(LiveHashes.of(a), LiveHashes.of(b), from, to);
        return t >= 0 && only(a, b, t).isEmpty() && only(b, a, t).isEmpty() ? t : -1;
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
        return p.type() == q.type() && p.args().equals(q.args());
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
