package io.symp.peer;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * This peer's own events waiting to go out under one signature. The first own event of a tick
 * goes at once, alone, so a peer that emits now and then sends as soon as before; the ones
 * stamped after it within the same tick wait here and leave together at the next advance (a
 * tick later at most), as one EVENTS frame with one signature. Under load that is one or two
 * signatures per origin per tick instead of one per event: a receiver's check of each event's
 * signature was most of a peer's CPU (0.3 ms per event, docs/PERFORMANCE.md).
 */
final class OwnBatch {
    private final List<Event> waiting = new ArrayList<>();
    private int leadTicks;
    private long sentAloneAtTick = -1;

    /** Whether an own event stamped at {@code tick} should wait for the batch (not go alone now). */
    boolean shouldWait(long tick) {
        return !waiting.isEmpty() || sentAloneAtTick == tick;
    }

    /** An own event went out alone at {@code tick}. */
    void sentAlone(long tick) {
        sentAloneAtTick = tick;
    }

    /** Adds {@code e}, stamped {@code lead} ticks ahead; whether the batch is now full. */
    boolean add(Event e, int lead) {
        if (waiting.isEmpty()) {
            leadTicks = lead;
        }
        waiting.add(e);
        return waiting.size() >= Limits.EVENT_BATCH_EVENTS_MAX;
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** The first waiting event's lead (the others' follow from their ticks). */
    int leadTicks() {
        return leadTicks;
    }

    /** The waiting events, in stamping order; no longer waiting. */
    List<Event> take() {
        List<Event> out = List.copyOf(waiting);
        waiting.clear();
        return out;
    }
}
