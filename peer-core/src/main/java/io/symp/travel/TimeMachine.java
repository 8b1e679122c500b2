package io.symp.travel;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.core.Check;
import io.symp.timeline.SkippedEvents;
import io.symp.timeline.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an application along its timeline and travels back when an event lands in the past.
 *
 * <p>Invariant: {@code state} is the state at the end of {@link #tick()}: START, then for every
 * tick t from 1, the events of t in (origin, seq) order followed by one app tick. Snapshots are
 * saved every K ticks; a late event marks the timeline dirty from its tick, and the next
 * {@link #advanceTo} restores the newest snapshot before that tick and re-simulates, so a
 * rollback costs at most K + depth ticks, never the length of the session. Several late events
 * before one advance cost one rollback.
 *
 * <p>An event whose handler throws is skipped: the state is restored from the newest snapshot
 * before its tick, the event is marked on the timeline ({@link SkippedEvents}) and the ticks are
 * simulated again without it. Every peer meets the same event on the same state, so every peer
 * skips it alike. A throwing {@code start} or {@code tick}, or an {@link Error}, is an
 * {@link AppFailure}: the time machine stops for good and says why.
 */
public final class TimeMachine {
    private static final Logger log = LoggerFactory.getLogger(TimeMachine.class);

    /** Why an event was or was not taken. */
    public enum Acceptance { ON_TIME, LATE, TOO_OLD }

    private final SymmetricApp app;
    private final State state;
    private final SnapshotRing ring;
    private final Timeline timeline = new Timeline();
    private final TravelStats stats = new TravelStats();
    private TravelListener listener = TravelListener.NONE;
    private long tick;
    private long dirtyFrom = Long.MAX_VALUE;
    private long nextEventTick = Long.MAX_VALUE;
    private AppFailure failure;

    /** A time machine keeping the newest snapshots ({@link SnapshotRetention#RECENT}). */
    public TimeMachine(SymmetricApp app, int snapshotInterval, int snapshotSlots) {
        this(app, snapshotInterval, snapshotSlots, SnapshotRetention.RECENT);
    }

    public TimeMachine(SymmetricApp app, int snapshotInterval, int snapshotSlots, SnapshotRetention retention) {
        this.app = app;
        this.state = new State(app.info().stateSize());
        this.ring = new SnapshotRing(snapshotInterval, snapshotSlots, state.region().length, retention);
        try {
            app.start(state);
        } catch (RuntimeException | Error e) {
            throw AppFailure.of("start", 0, e, app);
        }
        ring.save(0, state);
    }

    public void listener(TravelListener listener) {
        this.listener = listener;
    }

    /** The tick the state is at. */
    public long tick() {
        return tick;
    }

    /** The live state (read it; only the time machine writes it). */
    public State state() {
        return state;
    }

    public Timeline timeline() {
        return timeline;
    }

    public SnapshotRing snapshots() {
        return ring;
    }

    public TravelStats stats() {
        return stats;
    }

    public SymmetricApp app() {
        return app;
    }

    /** The oldest tick an event may have and still be taken (older ones are refused). */
    public long oldestAcceptableTick() {
        return ring.oldestTick() + 1;
    }

    /**
     * Puts a new event on the timeline; one under an (origin, seq) already held takes that
     * event's place (the caller has checked it is not a duplicate). An event at or before the
     * current tick is late: the state is repaired at the next advance.
     */
    public Acceptance accept(Event e) {
        Event held = timeline.get(e.origin(), e.seq());
        if (held != null) {
            return replace(held, e);
        }
        if (ring.newestAtOrBefore(e.tick() - 1) < 0) {
            stats.eventsRefused++;
            return Acceptance.TOO_OLD;
        }
        timeline.add(e);
        stats.eventsApplied++;
        return placed(e.tick());
    }

    /**
     * Puts {@code e} in the place of {@code held}, the event under the same (origin, seq) (an
     * equivocation resolved; a replayed log meets the replacement as a second event under one
     * id). TOO_OLD, and nothing changes, when either tick is older than the oldest snapshot.
     */
    private Acceptance replace(Event held, Event e) {
        long earliest = Math.min(held.tick(), e.tick());
        if (ring.newestAtOrBefore(earliest - 1) < 0) {
            stats.eventsRefused++;
            return Acceptance.TOO_OLD;
        }
        timeline.replace(e);
        if (held.tick() <= tick) {
            dirtyFrom = Math.min(dirtyFrom, held.tick());
        }
        return placed(e.tick());
    }

    private Acceptance placed(long eventTick) {
        if (eventTick <= tick) {
            stats.eventsLate++;
            dirtyFrom = Math.min(dirtyFrom, eventTick);
            return Acceptance.LATE;
        }
        nextEventTick = Math.min(nextEventTick, eventTick);
        return Acceptance.ON_TIME;
    }

    /** Whether a late event is waiting to be travelled for. */
    public boolean isDirty() {
        return dirtyFrom <= tick;
    }

    /** The failure that stopped this time machine, or null while it runs. */
    public AppFailure failure() {
        return failure;
    }

    /** Repairs any late event, then simulates live up to {@code target} (no-op if behind). */
    public void advanceTo(long target) {
        settle();
        while (tick < target) {
            step();
            stats.ticksLive++;
            listener.ticked(tick, state);
        }
    }

    /** Travels back and re-simulates to the current tick if a late event is waiting. */
    public void settle() {
        if (failure != null) {
            throw failure;
        }
        if (dirtyFrom > tick) {
            return;
        }
        long from = tick;
        long restored = ring.newestAtOrBefore(dirtyFrom - 1);
        Check.state(restored >= 0, "a snapshot precedes every accepted late event", dirtyFrom, ring.oldestTick());
        long depth = from - dirtyFrom + 1;
        ring.restore(restored, state);
        timeline.skipped().travelledTo(restored);
        tick = restored;
        dirtyFrom = Long.MAX_VALUE;
        nextEventTick = firstEventTickAfter(restored);
        while (tick < from) {
            step();
            stats.ticksResimulated++;
        }
        stats.rollbacks++;
        stats.ticksTravelled += depth;
        stats.maxDepth = Math.max(stats.maxDepth, depth);
        listener.travelled(from, from - depth, restored);
    }

    /**
     * Replaces the whole state with one adopted from the network at {@code atTick}: a joiner that
     * lacks history older than its neighbours keep. Events at or before that tick are dropped.
     */
    public void adopt(long atTick, byte[] region) {
        Check.argument(region.length == state.region().length, "adopted snapshot has the state's size");
        System.arraycopy(region, 0, state.region(), 0, region.length);
        timeline.foldThrough(atTick);
        timeline.skipped().travelledTo(atTick);
        ring.clear();
        ring.save(atTick, state);
        tick = atTick;
        dirtyFrom = Long.MAX_VALUE;
        nextEventTick = firstEventTickAfter(atTick);
    }

    /**
     * Simulates from the newest snapshot at or before {@code fromTick} into {@code scratch}, up to
     * {@code toTick} (at most the current tick), calling {@code each} with every state from
     * {@code fromTick} on. The live state is not touched: this is how tools look at the past.
     *
     * @return false when {@code fromTick} is older than the oldest snapshot
     */
    public boolean replay(long fromTick, long toTick, State scratch, TickVisitor each) {
        settle();
        long restored = ring.newestAtOrBefore(fromTick);
        if (restored < 0 || toTick > tick) {
            return false;
        }
        ring.restore(restored, scratch);
        long t = restored;
        Event next = timeline.firstAfter(t);
        if (t >= fromTick && !each.visit(t, scratch)) {
            return true;
        }
        while (t < toTick) {
            t++;
            if (next != null && next.tick() == t) {
                for (Event e : timeline.between(t, t)) {
                    if (!timeline.skipped().isSkipped(e)) {
                        app.event(scratch, e);
                    }
                }
                next = timeline.firstAfter(t);
            }
            app.tick(scratch);
            if (t >= fromTick && !each.visit(t, scratch)) {
                return true;
            }
        }
        return true;
    }

    /**
     * Bounds a spaced history to about {@code eventsMax} events: drops the oldest snapshots
     * while more than that many events lie after the oldest one, so that the next {@link #fold}
     * folds them into it. A ring of recent snapshots bounds itself.
     *
     * @return the oldest snapshot tick afterwards
     */
    public long trimHistory(int eventsMax) {
        if (ring.retention() == SnapshotRetention.SPACED && timeline.size() > eventsMax) {
            long oldest = ring.oldestTick();
            long kept = timeline.size() - timeline.between(1, oldest).size();
            while (kept > eventsMax && ring.dropOldest()) {
                long next = ring.oldestTick();
                kept -= timeline.between(oldest + 1, next).size();
                oldest = next;
            }
        }
        return ring.oldestTick();
    }

    /** Drops events and snapshots older than the ring reaches; returns the events dropped. */
    public int fold() {
        long oldest = ring.oldestTick();
        return oldest > 0 ? timeline.foldThrough(oldest) : 0;
    }

    private void step() {
        long t = tick + 1;
        if (nextEventTick == t) {
            Event failed;
            while ((failed = applyEvents(t)) != null) {
                rewindTo(t - 1);
            }
            nextEventTick = firstEventTickAfter(t);
        }
        try {
            app.tick(state);
        } catch (RuntimeException | Error e) {
            failure = AppFailure.of("tick", t, e, app);
            throw failure;
        }
        tick = t;
        if (ring.isDue(t)) {
            ring.save(t, state);
        }
    }

    /**
     * Applies the events of tick {@code t} that are not skipped; returns the first whose handler
     * threw (now marked skipped, the state dirty), or null when all went through.
     */
    private Event applyEvents(long t) {
        SkippedEvents skipped = timeline.skipped();
        for (Event e : timeline.between(t, t)) {
            if (skipped.isSkipped(e)) {
                continue;
            }
            try {
                app.event(state, e);
            } catch (RuntimeException thrown) {
                skip(e, t, thrown);
                return e;
            } catch (Error thrown) {
                failure = AppFailure.of("event " + e, t, thrown, app);
                throw failure;
            }
            if (skipped.applied(e)) {
                stats.eventsSkipped--;
            }
        }
        return null;
    }

    private void skip(Event e, long t, RuntimeException thrown) {
        if (timeline.skipped().skip(e)) {
            stats.eventsSkipped++;
            log.warn("event {}:{} at tick {} skipped: its handler threw {}{}", Long.toHexString(e.origin()),
                    e.seq(), t, thrown, AppFrames.at(thrown, app));
        }
    }

    /**
     * Undoes a half-applied tick: restores the newest snapshot at or before {@code target} (the
     * tick before the failed one, so always held) and simulates again up to it.
     */
    private void rewindTo(long target) {
        long restored = ring.newestAtOrBefore(target);
        Check.state(restored >= 0, "a snapshot precedes the tick being simulated", target, ring.oldestTick());
        ring.restore(restored, state);
        tick = restored;
        nextEventTick = firstEventTickAfter(restored);
        while (tick < target) {
            step();
            stats.ticksResimulated++;
        }
    }

    private long firstEventTickAfter(long t) {
        Event next = timeline.firstAfter(t);
        return next == null ? Long.MAX_VALUE : next.tick();
    }

    /** Receives states during {@link #replay}; returns false to stop early. */
    @FunctionalInterface
    public interface TickVisitor {
        boolean visit(long tick, State state);
    }
}
