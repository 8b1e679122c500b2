package io.symp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SimulationTest {
    private static final long SECOND = 1_000_000_000L;

    /** A ring of {@code n} with one chord: two paths between most pairs, so order across paths varies. */
    static SimConfig ring(int n, Latency latency, double churnOn, double churnOff, long seed, String app) {
        List<Long> ids = new ArrayList<>();
        List<SimConfig.SimLinkSpec> links = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            ids.add(i);
            links.add(new SimConfig.SimLinkSpec(i, (i + 1) % n, latency));
        }
        links.add(new SimConfig.SimLinkSpec(0, n / 2, latency));
        return new SimConfig(ids, links, app, 50, 15, 120, 60 * SECOND, 10 * SECOND, 5 * SECOND,
                churnOn, churnOff, seed, Protocol.SYMP, 0, true);
    }

    static LongStream seeds() {
        return LongStream.range(1, 9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldLoseNothingAndAgreeUnderHeavyJitterAndChurn(long seed) {
        SimResult r = new Simulation(ring(8, new Latency(50, 50), 10, 5, seed, "counter")).run();
        String reproduce = "seed " + seed + ": " + r;
        assertTrue(r.eventsEmitted() > 50, reproduce);
        assertEquals(0, r.eventsLost(), reproduce);
        assertEquals(0, r.eventsRefused(), reproduce);
        assertTrue(r.hashesAgree(), reproduce);
        assertTrue(r.recoveries() > 0, "churn brought peers back; " + reproduce);
        assertEquals(java.util.List.of(), r.violations(), reproduce);
    }

    @Test
    void shouldReproduceARunExactlyFromItsSeed() {
        SimConfig config = ring(6, Latency.withDefaultJitter(30), 20, 10, 42, "doc");
        SimResult a = new Simulation(config).run();
        SimResult b = new Simulation(config).run();
        assertEquals(withoutTiming(a), withoutTiming(b));
        SimResult other = new Simulation(config.withSeed(43)).run();
        assertTrue(!withoutTiming(a).equals(withoutTiming(other)), "another seed, another run");
    }

    @Test
    void shouldRunThePapersProtocolOnTheSameNetwork() {
        SimConfig config = ring(6, Latency.withDefaultJitter(50), 0, 0, 3, "counter");
        SimResult ours = new Simulation(config).run();
        SimResult paper = new Simulation(config.withProtocol(Protocol.PAPER)).run();
        assertEquals("paper", paper.protocol());
        assertEquals(ours.eventsEmitted(), paper.eventsEmitted(), "the same workload");
        assertTrue(ours.hashesAgree() && paper.hashesAgree());
        assertTrue(ours.rollbackPct() <= paper.rollbackPct(), ours.rollbackPct() + " vs " + paper.rollbackPct());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldStartEveryPeerOnceWhenTheRunEndsBeforeAllHaveStarted(long seed) {
        SimConfig c = ring(8, Latency.withDefaultJitter(20), 0, 0, seed, "counter");
        SimConfig shortRun = new SimConfig(c.peerIds(), c.links(), c.app(), c.fps(), c.deltaTicks(), 600,
                3 * SECOND, SECOND, 10 * SECOND, 0, 0, seed, Protocol.SYMP, 0, true);
        SimResult r = new Simulation(shortRun).run();
        String reproduce = "seed " + seed + ": " + r;
        assertEquals(0, r.eventsLost(), reproduce);
        assertTrue(r.hashesAgree(), reproduce);
    }

    private static String withoutTiming(SimResult r) {
        return r.toString().replaceAll(", wallMs=\\d+, cpuMs=\\d+", "");
    }
}
