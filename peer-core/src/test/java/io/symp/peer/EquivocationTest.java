package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.wire.EventMessage;
import io.symp.wire.MessageCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An origin that signs different events under one seq and gives one to each of the peers of a
 * line a - b - c (b meets none directly): every peer reports it once, by name, and every peer
 * ends with the same one version applied, whichever it met first.
 */
class EquivocationTest {
    private static final long TICK = 20_000_000L;

    private static Peer peer(long id, ManualClock clock) {
        PeerConfig config = PeerConfig.defaults(id).withSyncWaitTicks(0).withDeltaTicks(5);
        return new Peer(config, Apps.builtIn().create("counter"), clock);
    }

    /** Runs {@code peers} for {@code ticks}, delivering everything between ticks. */
    private static void run(List<Peer> peers, QueuedLinks net, ManualClock clock, int ticks) {
        for (int t = 0; t < ticks; t++) {
            clock.advance(TICK);
            net.deliverAll();
            peers.forEach(Peer::advance);
        }
    }

    /** Versions {@code args[i]} of one (origin, seq) sent to peer i (a, b, c; -1: none). */
    @ParameterizedTest(name = "versions {0}")
    @ValueSource(strings = {"5,-1,7", "7,-1,5", "9,4,6", "6,9,4"})
    void shouldReportAndApplyOneVersionEverywhere(String versions) {
        long[] args = Arrays.stream(versions.split(",")).mapToLong(Long::parseLong).toArray();
        ManualClock clock = new ManualClock(0);
        List<Peer> peers = List.of(peer(1, clock), peer(2, clock), peer(3, clock));
        QueuedLinks net = new QueuedLinks();
        net.connect(peers.get(0), peers.get(1));
        net.connect(peers.get(1), peers.get(2));
        List<Equivocation> reported = new ArrayList<>();
        for (Peer p : peers) {
            p.addListener(new PeerListener() {
                @Override
                public void equivocation(Equivocation q) {
                    reported.add(q);
                }
            });
        }
        run(peers, net, clock, 20);
        OriginKey liar = SignedTestEvents.key(42);
        long tick = peers.get(0).tick() + 10;
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            if (args[i] < 0) {
                continue;
            }
            Link attacker = new DeadEndLink(99, "attacker");
            peers.get(i).received(attacker, SignedTestEvents.announce(liar));
            peers.get(i).received(attacker, SignedTestEvents.signed(liar, tick, 1, 0, 0, args[i]));
            smallest = Math.min(smallest, args[i]);
        }
        run(peers, net, clock, 40);
        assertEquals(3, reported.size(), "once on each peer: " + reported);
        for (Equivocation q : reported) {
            assertEquals(liar.origin(), q.origin());
            assertEquals(1, q.seq());
            assertTrue(q.describe().startsWith("EQUIVOCATION: origin " + Long.toHexString(liar.origin())), q.describe());
        }
        long common = peers.get(0).tick() - 1;
        for (Peer p : peers) {
            assertEquals(1, p.equivocations());
            List<Event> held = p.eventsBetween(tick, tick);
            assertEquals(1, held.size(), "never both: " + held);
            // Counter arguments are small and positive: the smallest sorts first in the signed bytes.
            assertEquals(smallest, held.get(0).arg(0), "the version whose signed bytes sort first");
            assertEquals(peers.get(0).stateHashAt(common), p.stateHashAt(common), "peer " + p.id());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shouldRefuseACopyWhoseSignatureIsNotItsOrigins(long seed) {
        ManualClock clock = new ManualClock(0);
        Peer p = peer(1, clock);
        run(List.of(p), new QueuedLinks(), clock, 10);
        OriginKey origin = SignedTestEvents.key(seed);
        Link attacker = new DeadEndLink(99, "attacker");
        p.received(attacker, SignedTestEvents.announce(origin));
        EventMessage real = SignedTestEvents.signed(origin, p.tick() + 5, 1, 0, 0, 3);
        p.received(attacker, real);
        // Another version under the same id, with a signature made by someone else.
        Event other = new Event(real.event().tick(), origin.origin(), 1, 0, 4);
        byte[] wrong = SignedTestEvents.key(seed + 100).sign(MessageCodec.signedBytes(other));
        p.received(attacker, new EventMessage(other, 0, wrong));
        assertEquals(0, p.equivocations(), "no proof: not an equivocation");
        assertEquals(1, p.forgeries());
        assertEquals(3, p.eventsBetween(real.event().tick(), real.event().tick()).get(0).arg(0));
    }
}
