package io.symp.peer;

import io.symp.app.Event;
import java.util.List;

/**
 * Where a recording of a running peer starts: its oldest snapshot (the whole region, random
 * seed included) and every event it holds after that tick. No event older than the snapshot
 * can ever be taken, so a replay from here re-does everything the peer does from now on.
 *
 * @param baseTick the snapshot's tick
 * @param region   the snapshot's bytes (a copy)
 * @param events   the events held after {@code baseTick}, in timeline order
 */
public record History(long baseTick, byte[] region, List<Event> events) {
    public History {
        events = List.copyOf(events);
    }
}
