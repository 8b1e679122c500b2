package io.symp.sim;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.SymmetricApp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeMap;

/**
 * The timeline every peer should have lived: every event emitted in the run, each applied once
 * at its tick in (tick, origin, seq) order, by a fresh copy of the app, from tick 0. An event
 * whose handler throws is undone and skipped (the one outcome every peer can agree on). What a
 * peer holds is checked against it: a lost, duplicated or differently applied event shows as
 * another hash.
 */
final class ReferenceTimeline {
    private final SymmetricApp app;
    private final List<Event> events;

    ReferenceTimeline(SymmetricApp app, Collection<Event> emitted) {
        this.app = app;
        this.events = new ArrayList<>(emitted);
        this.events.sort(null);
    }

    /** The state hash at each of {@code ticks}. */
    TreeMap<Long, Long> hashesAt(NavigableSet<Long> ticks) {
        TreeMap<Long, Long> hashes = new TreeMap<>();
        if (ticks.isEmpty()) {
            return hashes;
        }
        State s = new State(app.info().stateSize());
        State before = new State(app.info().stateSize());
        app.start(s);
        int next = 0;
        while (next < events.size() && events.get(next).tick() <= 0) {
            next++; // No event applies at tick 0: tick 0 is the start.
        }
        if (ticks.contains(0L)) {
            hashes.put(0L, s.hash());
        }
        long last = ticks.last();
        for (long t = 1; t <= last; t++) {
            while (next < events.size() && events.get(next).tick() == t) {
                before.copyFrom(s);
                try {
                    app.event(s, events.get(next));
                } catch (RuntimeException e) {
                    s.copyFrom(before);
                }
                next++;
            }
            app.tick(s);
            if (ticks.contains(t)) {
                hashes.put(t, s.hash());
            }
        }
        return hashes;
    }
}
