package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import org.junit.jupiter.api.Test;

/** Catching up is bounded by time per advance, not only by ticks: a heavy app stays responsive. */
class PeerCatchUpTest {
    /** A clock where every tick of a heavy app costs 50 ms: each read after the first moves it. */
    private static final class HeavyAppClock implements io.symp.clock.Clock {
        long nanos = 1_000_000_000L;
        boolean heavy;

        @Override
        public long nanos() {
            if (heavy) {
                nanos += 50_000_000L;
            }
            return nanos;
        }
    }

    @Test
    void shouldStopAnAdvanceOnceItHasTakenItsTime() {
        HeavyAppClock clock = new HeavyAppClock();
        Peer p = new Peer(PeerConfig.defaults(1).withSyncWaitTicks(0), Apps.builtIn().create("counter"), clock);
        p.advance();
        clock.nanos += 60_000_000_000L;
        clock.heavy = true;
        long before = p.tick();
        p.advance();
        long ticks = p.tick() - before;
        long perAdvance = Limits.CATCH_UP_NANOS_PER_ADVANCE_MAX / 50_000_000L;
        assertTrue(ticks >= 1 && ticks <= perAdvance + 1, ticks + " ticks in one advance, not 3,000");
        clock.heavy = false;
        for (int i = 0; i < 10; i++) {
            p.advance();
        }
        assertEquals(p.targetTick(), p.tick(), "catches up once the ticks are cheap again");
    }
}
