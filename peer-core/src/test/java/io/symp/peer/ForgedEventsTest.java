package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.wire.EventMessage;
import io.symp.wire.MessageCodec;
import org.junit.jupiter.api.Test;

/** Forged events cost their target nothing but the check: no rate budget, no hold. */
class ForgedEventsTest {
    private static final long TICK = 20_000_000L;

    @Test
    void shouldNotSpendAnHonestOriginsRateLimitOnForgeries() {
        ManualClock clock = new ManualClock(0);
        Peer p = new Peer(PeerConfig.defaults(1).withSyncWaitTicks(0).withDeltaTicks(5),
                Apps.builtIn().create("counter"), clock);
        Link link = new DeadEndLink(66, "forger");
        p.linkUp(link);
        clock.advance(TICK);
        p.advance();
        OriginKey honest = SignedTestEvents.key(1);
        OriginKey forger = SignedTestEvents.key(2);
        p.received(link, SignedTestEvents.announce(honest));
        long tick = p.tick() + 5;
        int forged = 2 * Limits.ORIGIN_EVENTS_PER_SECOND_MAX;
        for (int seq = 1; seq <= forged; seq++) {
            Event e = new Event(tick, honest.origin(), seq, 0, 1);
            p.received(link, new EventMessage(e, 5, forger.sign(MessageCodec.signedBytes(e))));
        }
        assertEquals(forged, p.forgeries());
        for (int seq = 1; seq <= 10; seq++) {
            p.received(link, SignedTestEvents.signed(honest, tick, seq, 5, 0, 1));
            assertTrue(p.holds(honest.origin(), seq), "the honest origin's own event " + seq + " is taken at once");
        }
    }
}
