package io.symp.peer;

import io.symp.wire.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Events that came before their origin's key, kept until it comes: a link that does not keep
 * order lets an event overtake the ORIGIN sent just before it (keys travel only ahead of their
 * events, {@link Signatures#send}), and dropping it would cost a HAVE round per such hop. At most
 * {@link Limits#EVENTS_AWAITING_KEY_MAX}; past that the one waiting longest is dropped, unheld,
 * so a later HAVE brings it again as before. Nothing here is trusted: an event is checked when
 * its key comes, as if it had just arrived.
 */
final class EventsAwaitingKey {
    /** An EVENT or EVENTS message and the link it came by. */
    record Arrival(Link from, Message message) {}

    private final ArrayDeque<Arrival> waiting = new ArrayDeque<>();
    private final int max;

    EventsAwaitingKey(int max) {
        this.max = max;
    }

    void add(Link from, Message m) {
        if (waiting.size() >= max) {
            waiting.poll();
        }
        waiting.add(new Arrival(from, m));
    }

    /** The events of {@code origin} that were waiting, in arrival order; no longer kept. */
    List<Arrival> takeOf(long origin) {
        if (waiting.isEmpty()) {
            return List.of();
        }
        List<Arrival> taken = new ArrayList<>();
        for (Iterator<Arrival> it = waiting.iterator(); it.hasNext(); ) {
            Arrival a = it.next();
            if (Signatures.originOf(a.message()) == origin) {
                taken.add(a);
                it.remove();
            }
        }
        return taken;
    }

    int size() {
        return waiting.size();
    }
}
