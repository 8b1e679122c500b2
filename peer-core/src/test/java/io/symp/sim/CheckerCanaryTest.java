package io.symp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.StateView;
import io.symp.peer.Peer;
import io.symp.peer.PeerListener;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checkers catch a deliberately broken peer: each canary must fail its run. */
class CheckerCanaryTest {
    private static final long SECOND = 1_000_000_000L;

    /** Peer 2 flips a state byte at tick 600 of its first run: one peer diverges. */
    @Test
    void shouldCatchAPeerWhoseStateIsCorrupted() {
        Simulation sim = new Simulation(SimFaultsTest.line(4, 30 * SECOND, SimFaults.NONE));
        sim.observe((id, run, peer) -> {
            if (id == 2 && run == 0) {
                peer.addListener(flipAt(peer, 600));
            }
        });
        SimResult r = sim.run();
        assertFalse(r.sound());
        assertTrue(r.violations().stream().anyMatch(v -> v.startsWith("hashes differ at tick")), r.violations()::toString);
    }

    /** Every peer flips the same byte at the same tick: they agree, and the reference catches them. */
    @Test
    void shouldCatchPeersThatAllGoWrongAlike() {
        Simulation sim = new Simulation(SimFaultsTest.line(3, 30 * SECOND, SimFaults.NONE));
        sim.observe((id, run, peer) -> peer.addListener(flipAt(peer, 600)));
        SimResult r = sim.run();
        assertTrue(r.hashesAgree(), r.toString());
        assertTrue(r.violations().stream().anyMatch(v -> v.contains("the reference timeline")), r.violations()::toString);
    }

    /** An app that throws is caught by name, whatever the core then does with the exception. */
    @Test
    void shouldNameAThrowingAppOrAgreeOnSkippingItsEvents() {
        SimConfig c = SimFaultsTest.line(3, 30 * SECOND, SimFaults.NONE.withThrowPct(20));
        SimResult r = new Simulation(c).run();
        // Either the core undoes and skips the failing events alike everywhere (the reference
        // timeline's rule, a sound run), or the checkers say which peer threw what.
        assertTrue(r.sound() || r.violations().stream().anyMatch(v -> v.contains("threw IllegalStateException")),
                r.violations()::toString);
    }

    @Test
    void shouldPassAHealthyRun() {
        SimResult r = new Simulation(SimFaultsTest.line(3, 30 * SECOND, SimFaults.NONE)).run();
        assertEquals(List.of(), r.violations());
    }

    private static PeerListener flipAt(Peer peer, long tick) {
        return new PeerListener() {
            private boolean done;

            @Override
            public void ticked(long t, StateView state) {
                if (t == tick && !done) {
                    done = true;
                    peer.corruptStateByte(peer.appInfo().stateSize() - 1);
                }
            }
        };
    }
}
