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
 * {@link Limits#EVENTS_AWAITING_KEY_MAX} events (a batch counts each of its events); past that
 * the message waiting longest is dropped, unheld,
 * so a later HAVE brings it again as before. Nothing here is trusted: an event is checked when
 * its key comes, as if it had just arrived.
 */
final class EventsAwaitingKey {
    /** An EVENT or EVENTS message and the link it came by. */
    record Arrival(Link from, Message message) {}

    private final ArrayDeque<Arrival> waiting = new ArrayDeque<>();
    private final int max;
    private int events;

    EventsAwaitingKey(int max) {
        this.max = max;
    }

    void add(Link from, Message m) {
        int n = eventsIn(m);
        while (!waiting.isEmpty() && events + n > max) {
            events -= eventsIn(waiting.poll().message());
        }
        if (n <= max) {
            waiting.add(new Arrival(from, m));
            events += n;
        }
    }

    private static int eventsIn(Message m) {
        return m instanceof io.symp.wire.EventBatchMessage b ? b.events().size() : 1;
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
                events -= eventsIn(a.message());
            }
        }
        return taken;
    }

    /** Events waiting (a batch counts each of its events). */
    int size() {
        return events;
    }
}
