package io.symp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator's faults do what they say, and a sound core passes every check through them. */
class SimFaultsTest {
    private static final long SECOND = 1_000_000_000L;

    static SimConfig line(int n, long durationNanos, SimFaults faults) {
        List<Long> ids = new ArrayList<>();
        List<SimConfig.SimLinkSpec> links = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            ids.add(i);
            if (i > 0) {
                links.add(new SimConfig.SimLinkSpec(i - 1, i, Latency.withDefaultJitter(30)));
            }
        }
        return new SimConfig(ids, links, "counter", 50, 10, 240, durationNanos, 5 * SECOND, 2 * SECOND, 0, 0, 7,
                Protocol.SYMP, 0, true, 0, faults);
    }

    @Test
    void shouldCloseLinksAcrossAPartitionAndHealItWithNothingLost() {
        PartitionSpec cut = new PartitionSpec(List.of(List.of(0, 1), List.of(2, 3)), 10 * SECOND, 20 * SECOND);
        SimResult r = new Simulation(line(4, 45 * SECOND, SimFaults.NONE.withPartitions(List.of(cut)))).run();
        assertEquals(List.of(), r.violations(), r.toString());
        assertTrue(r.eventsEmitted() > 100, r.toString());
        assertTrue(r.rollbacks() > 0, "each side's events reached the other late, on healing: " + r);
    }

    @Test
    void shouldHoldFramesThroughACutShorterThanTheSilenceTimer() {
        PartitionSpec blip = new PartitionSpec(List.of(List.of(0), List.of(1)), 10 * SECOND, SECOND);
        SimResult r = new Simulation(line(2, 30 * SECOND, SimFaults.NONE.withPartitions(List.of(blip)))).run();
        assertEquals(List.of(), r.violations(), r.toString());
    }

    @Test
    void shouldResetLinksAndDialThemAgain() {
        SimResult r = new Simulation(line(4, 40 * SECOND, SimFaults.NONE.withLinkResets(3))).run();
        assertTrue(r.faults().linkResets() > 10, r.toString());
        assertEquals(List.of(), r.violations(), r.toString());
    }

    @Test
    void shouldResetTheLinkOfAReaderThatCannotKeepUp() {
        var slow = List.of(new SimFaults.SlowReader(List.of(1), 100));
        SimResult r = new Simulation(line(3, 40 * SECOND, SimFaults.NONE.withSlowReaders(slow, 600))).run();
        assertTrue(r.faults().linkOverflows() > 0, r.toString());
        assertEquals(List.of(), r.violations(), r.toString());
    }

    @Test
    void shouldRunAnAppOfAnyStateSize() {
        SimConfig c = line(3, 30 * SECOND, SimFaults.NONE);
        SimConfig sized = new SimConfig(c.peerIds(), c.links(), "sized-262144", 50, 10, 240, c.durationNanos(),
                c.warmupNanos(), c.startSpreadNanos(), 0, 0, 3, Protocol.SYMP, 0, true);
        SimResult r = new Simulation(sized).run();
        assertEquals(List.of(), r.violations(), r.toString());
        assertTrue(r.bytesPerEvent() > 0);
    }

    @Test
    void shouldReproduceAFaultyRunExactly() {
        SimFaults f = SimFaults.NONE.withClocks(200, SECOND).withLinkResets(5)
                .withPartitions(List.of(new PartitionSpec(List.of(List.of(0)), 8 * SECOND, 6 * SECOND)));
        SimConfig c = line(4, 30 * SECOND, f);
        String a = new Simulation(c).run().toString().replaceAll(", wallMs=\\d+, cpuMs=\\d+", "");
        String b = new Simulation(c).run().toString().replaceAll(", wallMs=\\d+, cpuMs=\\d+", "");
        assertEquals(a, b);
    }

    /** A ring of {@code n}: every peer has two neighbours (one hostile peer is never another's only one). */
    static SimConfig ring(int n, long durationNanos, SimFaults faults) {
        SimConfig c = line(n, durationNanos, faults);
        List<SimConfig.SimLinkSpec> links = new ArrayList<>(c.links());
        links.add(new SimConfig.SimLinkSpec(n - 1, 0, Latency.withDefaultJitter(30)));
        return new SimConfig(c.peerIds(), links, "counter", 50, 10, 240, durationNanos, 5 * SECOND, 2 * SECOND, 0, 0,
                7, Protocol.SYMP, 0, true, 0, faults);
    }

    @Test
    void shouldKeepHonestPeersAgreeingAndOnTimeAroundAHostileOne() {
        SimConfig c = ring(5, 40 * SECOND, SimFaults.NONE.withHostilePeers(List.of(1)));
        SimResult r = new Simulation(c).run();
        assertEquals(List.of(), r.violations(), r.toString());
        assertEquals(0, r.faults().snapshotsAdopted(), "no forged snapshot adopted: " + r);
        SimResult honest = new Simulation(ring(5, 40 * SECOND, SimFaults.NONE)).run();
        assertTrue(Math.abs(r.commonTick() - honest.commonTick()) < 50,
                "the network's time not moved: " + r.commonTick() + " vs " + honest.commonTick());
        assertTrue(r.bytesPerEvent() > 2 * honest.bytesPerEvent(), "the hostile peer did send its attacks");
    }
}
