package io.symp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClockDriftSimulationTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldDrawEachPeersClockFromTheSeed() {
        SimConfig c = SimulationTest.ring(6, Latency.withDefaultJitter(30), 0, 0, 9, "counter")
                .withFaults(SimFaults.NONE.withClocks(200, SECOND));
        Simulation a = new Simulation(c);
        Simulation b = new Simulation(c);
        for (int i = 0; i < 6; i++) {
            SimPeer pa = a.peer(i);
            SimPeer pb = b.peer(i);
            assertEquals(pa.clock().driftPpb(), pb.clock().driftPpb());
            assertEquals(pa.clock().offsetNanos(), pb.clock().offsetNanos());
            assertTrue(Math.abs(pa.clock().driftPpb()) <= 200_000, "within ±200 ppm");
            assertTrue(pa.clock().offsetNanos() >= 0 && pa.clock().offsetNanos() <= 2 * SECOND);
        }
        assertNotEquals(a.peer(0).clock().driftPpb(), a.peer(1).clock().driftPpb(), "each its own drift");
    }

    @Test
    void shouldAgreeAndLoseNothingWithDriftingClocks() {
        SimConfig c = SimulationTest.ring(6, Latency.withDefaultJitter(30), 0, 0, 4, "counter")
                .withFaults(SimFaults.NONE.withClocks(500, 3 * SECOND));
        SimResult r = new Simulation(c).run();
        assertTrue(r.eventsEmitted() > 50, r.toString());
        assertEquals(0, r.eventsLost(), r.toString());
        assertTrue(r.hashesAgree(), r.toString());
    }

    @Test
    void shouldRunPeersAtTheirOwnClocksPace() {
        // One peer alone, its clock 10 % fast: it simulates 10 % more ticks of shared time.
        SimConfig one = new SimConfig(java.util.List.of(0L), java.util.List.of(), "counter", 50, 5, 0,
                100 * SECOND, SECOND, 0, 0, 0, 1, io.symp.peer.Protocol.SYMP, 0, true)
                .withFaults(SimFaults.NONE.withClocks(100_000, 0));
        Simulation sim = new Simulation(one);
        long drift = sim.peer(0).clock().driftPpb();
        SimResult r = sim.run();
        double sharedSeconds = (100 + 5 * 0.02 + 10) * (1 + drift / 1e9);
        assertEquals(sharedSeconds * 50, r.commonTick(), 2, "drift " + drift + " ppb");
    }
}
