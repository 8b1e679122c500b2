package io.symp.timeline;

import io.symp.app.Event;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Events of the timeline whose handler threw, and which are therefore skipped: the state is as
 * if they had never been taken. Whether an event throws is a property of the event and of the
 * state it meets, both the same on every peer, so every peer skips the same events.
 *
 * <p>Invariant: {@code skipped} holds the events found to throw on the path simulated now;
 * events after a tick the time machine travelled back to wait in {@code recheck} until the
 * re-simulation meets them again (the state they meet may differ now: a late event came).
 */
public final class SkippedEvents {
    private final TreeSet<Event> skipped = new TreeSet<>();
    private final TreeSet<Event> recheck = new TreeSet<>();

    /** Whether {@code e} is skipped on the current path (its handler is not called). */
    public boolean isSkipped(Event e) {
        return !skipped.isEmpty() && skipped.contains(e);
    }

    /**
     * Marks {@code e} as skipped; returns true when it is news (not a re-check of an event
     * already skipped before a rollback), which is when it is reported.
     */
    public boolean skip(Event e) {
        skipped.add(e);
        return !recheck.remove(e);
    }

    /**
     * {@code e} was applied without throwing; returns true when it had been skipped before a
     * rollback (so one skipped event fewer).
     */
    public boolean applied(Event e) {
        return !recheck.isEmpty() && recheck.remove(e);
    }

    /** The time machine restored the state of {@code tick}: later marks must be re-checked. */
    public void travelledTo(long tick) {
        NavigableSet<Event> later = skipped.tailSet(probe(tick + 1), true);
        recheck.addAll(later);
        later.clear();
    }

    /** Forgets marks at or before {@code tick} (folded history). */
    public void foldThrough(long tick) {
        skipped.headSet(probe(tick + 1), false).clear();
        recheck.headSet(probe(tick + 1), false).clear();
    }

    /** Events skipped now. */
    public int size() {
        return skipped.size();
    }

    private static Event probe(long tick) {
        return new Event(Math.max(1, tick), Long.MIN_VALUE, 1, -1);
    }
}
