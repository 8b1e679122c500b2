package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing a neighbour sends grows a peer without bound. */
class BoundsTest {
    private static final long TICK = 20_000_000L;

    private static Peer peer(ManualClock clock) {
        return new Peer(PeerConfig.defaults(1).withSyncWaitTicks(0).withDeltaTicks(5), Apps.builtIn().create("counter"), clock);
    }

    @Test
    void shouldStopListingOriginsWhoseEventsAreAllFolded() {
        ManualClock clock = new ManualClock(0);
        Peer p = peer(clock);
        p.historyEventsMax(20);
        Link link = new DeadEndLink(77, "silent");
        p.linkUp(link);
        int origins = 3000;
        OriginKey first = SignedTestEvents.key(1000);
        for (int i = 0; i < origins; i++) {
            clock.advance(TICK);
            p.advance();
            // A restarted peer takes a fresh origin: one event each, as a long-lived network sees.
            OriginKey key = i == 0 ? first : SignedTestEvents.key(1000 + i);
            p.received(link, SignedTestEvents.announce(key));
            p.received(link, SignedTestEvents.signed(key, p.tick() + 3, 1, 3, 0, 1));
        }
        for (int i = 0; i < 100; i++) {
            clock.advance(TICK);
            p.advance();
        }
        assertEquals(origins, p.state().getLong(8), "every event applied");
        assertTrue(p.held().originCount() < 200, "origins listed in a HAVE: " + p.held().originCount());
        assertTrue(p.held().contains(first.origin(), 1), "a retired origin's events still count as held");
        p.received(link, SignedTestEvents.signed(first, 5, 1, 3, 0, 1));
        assertEquals(origins, p.state().getLong(8), "a very late copy is a duplicate, not a fork");
        assertEquals(0, p.forks());
    }

    @Test
    void shouldRefuseAnEventBeyondTheHorizonWithAReason() {
        ManualClock clock = new ManualClock(0);
        Peer p = peer(clock);
        List<String> reasons = new ArrayList<>();
        p.addListener(new PeerListener() {
            @Override
            public void eventRefused(Event event, String reason) {
                reasons.add(reason);
            }
        });
        Link link = new DeadEndLink(77, "silent");
        p.linkUp(link);
        clock.advance(TICK);
        p.advance();
        long far = p.tick() + 1 + (long) Limits.EVENT_HORIZON_SECONDS * p.config().fps() + 10;
        OriginKey key = SignedTestEvents.key(5);
        p.received(link, SignedTestEvents.announce(key));
        p.received(link, SignedTestEvents.signed(key, far, 1, 3, 0, 1));
        assertFalse(p.held().contains(key.origin(), 1), "not held: offered again once within the horizon");
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains("horizon"), reasons.get(0));
        p.received(link, SignedTestEvents.signed(key, p.tick() + 50, 2, 3, 0, 1));
        assertTrue(p.held().contains(key.origin(), 2), "within the horizon: taken");
    }

    @Test
    void shouldTrackABoundedNumberOfOriginsInTheRateLimit() {
        OriginRateLimit limit = new OriginRateLimit(50, 3, 100);
        for (long origin = 0; origin < 10_000; origin++) {
            assertTrue(limit.allows(origin, 10));
        }
        assertEquals(100, limit.origins());
        assertTrue(limit.allows(7, 110));
        assertTrue(limit.allows(7, 111));
        assertTrue(limit.allows(7, 112));
        assertFalse(limit.allows(7, 113), "over 3 in the window");
        assertTrue(limit.allows(7, 60), "the previous window has its own count");
        assertFalse(limit.allows(7, 20), "two windows back: waits for repair");
    }
}
