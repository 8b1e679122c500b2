package io.symp.cli.repl;

import io.symp.app.Event;
import io.symp.peer.PeerListener;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which events were applied late (after their tick had been simulated), remembered for the
 * newest {@link #CAPACITY} events taken. Touched only on the peer's thread.
 */
final class LateEvents implements PeerListener {
    static final int CAPACITY = 100_000;

    private final Map<String, Boolean> late = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public void eventAccepted(Event event, long atTick, boolean wasLate) {
        late.put(key(event), wasLate);
    }

    /** "late", "on time", or "?" when the event is older than what is remembered. */
    String describe(Event event) {
        Boolean l = late.get(key(event));
        return l == null ? "?" : l ? "late" : "on time";
    }

    private static String key(Event e) {
        return Long.toUnsignedString(e.origin()) + ":" + e.seq();
    }
}
