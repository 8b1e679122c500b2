package io.symp.timeline;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The events a peer holds, in the total order every peer applies them: (tick, origin, seq).
 * Also indexed by (origin, seq) so that flooding can send a neighbour exactly what it lacks.
 * History at or before the fold tick is dropped: it lives on only inside snapshots.
 */
public final class Timeline {
    private final TreeSet<Event> ordered = new TreeSet<>();
    private final TreeMap<Long, TreeMap<Long, Event>> byOrigin = new TreeMap<>();
    private final SkippedEvents skipped = new SkippedEvents();
    /**
     * Each origin on the timeline and its highest seq, ascending, rebuilt after a change: every
     * HAVE a peer receives is compared with it ({@link #missingFrom}), and HAVEs come several
     * times more often than events.
     */
    private long[] lastOrigins = new long[0];
    private long[] lastSeqs = new long[0];
    private boolean lastStale;

    /** Adds {@code e}; the caller has already checked that its (origin, seq) is new. */
    public void add(Event e) {
        ordered.add(e);
        byOrigin.computeIfAbsent(e.origin(), o -> new TreeMap<>()).put(e.seq(), e);
        lastStale = true;
    }

    /**
     * Puts {@code e} in the place of the event held under its (origin, seq) (an equivocation
     * resolved, docs/SECURITY.md); returns the event it replaced, or null when none was held.
     */
    public Event replace(Event e) {
        Event old = get(e.origin(), e.seq());
        if (old != null) {
            ordered.remove(old);
        }
        add(e);
        return old;
    }

    /** The events whose handler threw, skipped on every peer alike. */
    public SkippedEvents skipped() {
        return skipped;
    }

    public int size() {
        return ordered.size();
    }

    /** The first event at a tick strictly after {@code tick}, or null. Allocation-free. */
    public Event firstAfter(long tick) {
        return ordered.ceiling(probe(tick + 1));
    }

    /** Events with {@code fromTick <= tick <= toTick}, in order (a view). */
    public NavigableSet<Event> between(long fromTick, long toTick) {
        if (toTick < fromTick) {
            return new TreeSet<>();
        }
        return ordered.subSet(probe(fromTick), true, probe(toTick + 1), false);
    }

    /** The event (origin, seq), or null when not held (or folded away). */
    public Event get(long origin, long seq) {
        TreeMap<Long, Event> events = byOrigin.get(origin);
        return events == null ? null : events.get(seq);
    }

    /** Whether any event of {@code origin} is on the timeline (not folded). */
    public boolean holdsAnyOf(long origin) {
        return byOrigin.containsKey(origin);
    }

    /** Events held that {@code theirs} lacks, in total order; at most {@code max}. */
    public List<Event> missingFrom(VersionVector theirs, int max) {
        return missingFrom(theirs, new VersionVector(), max);
    }

    /** Events held that neither {@code theirs} nor {@code skip} lists, in total order; at most {@code max}. */
    public List<Event> missingFrom(VersionVector theirs, VersionVector skip, int max) {
        if (lastStale) {
            rebuildLast();
        }
        List<Event> out = List.of();
        VersionVector.Watermarks watermarks = theirs.watermarks();
        for (int i = 0; i < lastOrigins.length; i++) {
            long watermark = watermarks.of(lastOrigins[i]);
            if (watermark >= lastSeqs[i]) {
                continue; // the usual case on every HAVE: they hold all of it, no view to walk
            }
            for (Event e : byOrigin.get(lastOrigins[i]).tailMap(watermark, false).values()) {
                if (!theirs.contains(e.origin(), e.seq()) && !skip.contains(e.origin(), e.seq())) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>();
                    }
                    out.add(e);
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        out.sort(null);
        return out.size() > max ? out.subList(0, max) : out;
    }

    private void rebuildLast() {
        int n = byOrigin.size();
        if (lastOrigins.length != n) {
            lastOrigins = new long[n];
            lastSeqs = new long[n];
        }
        int i = 0;
        for (var origin : byOrigin.entrySet()) {
            lastOrigins[i] = origin.getKey();
            lastSeqs[i] = origin.getValue().lastKey();
            i++;
        }
        lastStale = false;
    }

    /** Drops every event at or before {@code tick}; returns how many were dropped. */
    public int foldThrough(long tick) {
        NavigableSet<Event> old = ordered.headSet(probe(tick + 1), false);
        int n = old.size();
        for (Event e : old) {
            TreeMap<Long, Event> events = byOrigin.get(e.origin());
            events.remove(e.seq());
            if (events.isEmpty()) {
                byOrigin.remove(e.origin());
            }
        }
        old.clear();
        lastStale = n > 0 || lastStale;
        skipped.foldThrough(tick);
        return n;
    }

    /** All events, in order (a view). */
    public NavigableSet<Event> all() {
        return java.util.Collections.unmodifiableNavigableSet(ordered);
    }

    /** A key that sorts before every real event of {@code tick}. */
    private static Event probe(long tick) {
        return new Event(Math.max(1, tick), Long.MIN_VALUE, 1, -1);
    }
}
