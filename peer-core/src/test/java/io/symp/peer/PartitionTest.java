package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.SymmetricApp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Partitions longer than a ring of recent snapshots reaches, both sides emitting: on reconnect
 * nothing is lost, no peer adopts a snapshot over its own events, and every peer ends equal.
 */
class PartitionTest {
    private static final long TICK = 20_000_000L;

    /** Two groups of two peers in a line, a0 - a1 | b0 - b1, cut between a1 and b0. */
    private static final class Net {
        final ManualClock clock = new ManualClock(0);
        final QueuedLinks links = new QueuedLinks();
        final List<Peer> peers = new ArrayList<>();
        final int[] adopted = new int[4];
        QueuedLinks.QueuedLink cut;

        Net(PeerConfig config, Supplier<SymmetricApp> app) {
            for (int i = 0; i < 4; i++) {
                Peer p = new Peer(config.withId(10 + i), app.get(), clock);
                int index = i;
                p.addListener(new PeerListener() {
                    @Override
                    public void snapshotAdopted(long tick) {
                        adopted[index]++;
                    }
                });
                peers.add(p);
            }
            links.connect(peers.get(0), peers.get(1));
            cut = links.connect(peers.get(1), peers.get(2));
            links.connect(peers.get(2), peers.get(3));
        }

        void step() {
            clock.advance(TICK);
            links.deliverAll();
            peers.forEach(Peer::advance);
        }

        /** Runs {@code ticks} with each peer emitting now and then; returns how many were emitted. */
        int run(int ticks, SplittableRandom r, int everyTicks) {
            int emitted = 0;
            for (int i = 0; i < ticks; i++) {
                if (r.nextInt(everyTicks) == 0) {
                    peers.get(r.nextInt(4)).emit(0, r.nextInt(1000));
                    emitted++;
                }
                step();
            }
            return emitted;
        }

        long commonHash() {
            long common = peers.stream().mapToLong(Peer::tick).min().orElseThrow();
            long hash = peers.get(0).stateHashAt(common);
            for (Peer p : peers) {
                assertEquals(hash, p.stateHashAt(common), "peer " + p.id() + " agrees at tick " + common);
            }
            return hash;
        }
    }

    @Test
    void shouldHealAPartitionLongerThanARingOfRecentSnapshotsReaches() {
        PeerConfig config = PeerConfig.defaults(1).withSyncWaitTicks(0).withDeltaTicks(5).withSnapshots(4, 8);
        Net net = new Net(config, () -> Apps.builtIn().create("counter"));
        SplittableRandom r = new SplittableRandom(7);
        int emitted = net.run(100, r, 10);
        net.cut.close("test: partition");
        emitted += net.run(3000, r, 10);
        net.links.connect(net.peers.get(1), net.peers.get(2));
        for (int i = 0; i < 100; i++) {
            net.step();
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(0, net.adopted[i], "peer " + i + " adopted no snapshot over its own events");
            assertEquals(emitted, net.peers.get(i).state().getLong(8), "peer " + i + " applied every event once");
        }
        net.commonHash();
    }

    @Test
    void shouldHealALongPartitionWithALargeStateAndFewSlots() {
        PeerConfig config = PeerConfig.defaults(1).withSyncWaitTicks(0).withDeltaTicks(5).withSnapshots(32, 16);
        Net net = new Net(config, WideApp::new);
        SplittableRandom r = new SplittableRandom(11);
        int emitted = net.run(50, r, 10);
        net.cut.close("test: partition");
        emitted += net.run(2000, r, 10);
        net.links.connect(net.peers.get(1), net.peers.get(2));
        for (int i = 0; i < 100; i++) {
            net.step();
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(0, net.adopted[i], "peer " + i + " adopted no snapshot over its own events");
            assertEquals(emitted, net.peers.get(i).state().getLong(WideApp.EVENTS), "peer " + i + " lost nothing");
        }
        net.commonHash();
        assertTrue(net.peers.get(0).stats().maxDepth() > 480, "the partition's events reached back past 15 × 32 ticks: "
                + net.peers.get(0).stats().maxDepth());
    }

    @Test
    void shouldReportAForkOnBothSidesWhenBothFoldedTheirHistoryAndAdoptNothing() {
        PeerConfig config = PeerConfig.defaults(1).withSyncWaitTicks(0).withDeltaTicks(5).withSnapshots(4, 8);
        Net net = new Net(config, () -> Apps.builtIn().create("counter"));
        List<List<Fork>> reported = new ArrayList<>();
        for (Peer p : net.peers) {
            p.historyEventsMax(10);
            List<Fork> forks = new ArrayList<>();
            reported.add(forks);
            p.addListener(new PeerListener() {
                @Override
                public void fork(Fork fork) {
                    forks.add(fork);
                }
            });
        }
        SplittableRandom r = new SplittableRandom(3);
        net.run(50, r, 10);
        net.cut.close("test: partition");
        net.run(1500, r, 10);
        net.links.connect(net.peers.get(1), net.peers.get(2));
        for (int i = 0; i < 100; i++) {
            net.step();
        }
        assertEquals(0, net.adopted[1], "the peers at the cut swap nothing");
        assertEquals(0, net.adopted[2], "the peers at the cut swap nothing");
        for (int i = 0; i < 4; i++) {
            assertTrue(net.peers.get(i).forks() > 0, "peer " + i + " reports the fork");
            assertEquals(net.peers.get(i).forks(), reported.get(i).stream().mapToLong(Fork::count).sum());
        }
        for (Fork f : reported.get(1)) {
            assertTrue(f.describe().startsWith("FORK: event " + f.events() + " of peer "), f.describe());
        }
    }
}
