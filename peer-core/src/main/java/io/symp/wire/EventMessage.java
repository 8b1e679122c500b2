package io.symp.wire;

import io.symp.app.Event;

/**
 * One application event, flooded: forwarded to every other neighbour the first time it is seen.
 *
 * @param event     the event
 * @param leadTicks how far ahead of its emitter's tick it was stamped ({@code tick − emitter's
 *                  tick} at stamping); forwarded copies keep it, so a receiver learns how long
 *                  the event took to reach it (see {@code AutoDelta}); 0 when unknown (events
 *                  resent by HAVE repair, or emitted long before)
 */
public record EventMessage(Event event, int leadTicks) implements Message {
    public EventMessage {
        if (leadTicks < 0) {
            throw new IllegalArgumentException("lead must be >= 0, got " + leadTicks);
        }
    }

    /** An event whose lead is unknown (a repair). */
    public EventMessage(Event event) {
        this(event, 0);
    }
}
