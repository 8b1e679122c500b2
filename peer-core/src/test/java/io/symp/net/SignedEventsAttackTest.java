package io.symp.net;

import static io.symp.net.TestPeers.assertAgree;
import static io.symp.net.TestPeers.await;
import static io.symp.net.TestPeers.emit;
import static io.symp.net.TestPeers.links;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppIdentity;
import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.peer.Equivocation;
import io.symp.peer.OriginKey;
import io.symp.peer.PeerListener;
import io.symp.wire.EventMessage;
import io.symp.wire.MessageCodec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Members of an open session (anyone may join one) that lie about events, over real loopback
 * TCP: one emits under another peer's origin, alters a signed event, or names an origin it never
 * announced, and is refused; one signs two different events under one (origin, seq) and sends one
 * to each of two linked peers, and both report it by name and end with one hash.
 */
class SignedEventsAttackTest {
    private static final String SESSION = "signed-events";
    private final TestPeers peers = new TestPeers();
    private final AppIdentity counter = AppIdentity.of(Apps.builtIn().create("counter"));

    @AfterEach
    void closeAll() {
        peers.close();
    }

    /** V and W, linked (W dialled V), with one event each applied on both; V's port first. */
    private NetworkPeer[] linkedPair(int[] ports) throws InterruptedException {
        PeerIdentity keyV = PeerIdentity.generate();
        NetworkPeer v = peers.peer(keyV.id(), TransportConfig.open(SESSION).withIdentity(keyV), false);
        ports[0] = v.start("127.0.0.1", 0);
        NetworkPeer w = peers.peer(2, TransportConfig.open(SESSION), true);
        ports[1] = w.start("127.0.0.1", 0);
        w.join("127.0.0.1", ports[0]);
        await("W linked to V", 10_000, () -> links(v) == 1 && links(w) == 1);
        emit(v, 1);
        emit(w, 2);
        assertAgree(List.of(v, w), 2);
        return new NetworkPeer[] {v, w};
    }

    private static long tickAhead(NetworkPeer p, int ticks) {
        return p.call(() -> p.peer().tick()) + ticks;
    }

    private static boolean holds(NetworkPeer p, long origin, long seq) {
        return p.call(() -> p.peer().holds(origin, seq));
    }

    @Test
    void shouldRefuseAMemberEmittingUnderAnotherOrigin() throws Exception {
        int[] ports = new int[2];
        NetworkPeer[] vw = linkedPair(ports);
        NetworkPeer v = vw[0];
        NetworkPeer w = vw[1];
        long originV = v.call(() -> v.peer().config().origin());
        try (SigningMember m = SigningMember.link(ports[1], SESSION, counter, OriginKey.derived(7, 7))) {
            await("M linked to W", 10_000, () -> links(w) == 2);
            m.announce();
            long own = m.key().origin();
            long tick = tickAhead(w, 100);
            // Under V's origin, signed with M's own key.
            m.sendSigned(new Event(tick, originV, 1000, 0, 5));
            // M's own origin, but altered after signing.
            Event signedOne = new Event(tick, own, 1, 0, 1);
            byte[] sig = m.key().sign(MessageCodec.signedBytes(signedOne));
            m.send(new EventMessage(new Event(tick, own, 1, 0, 9), 0, sig));
            // An origin no one announced.
            m.sendSigned(new Event(tick, 0x5eed, 1, 0, 3));
            // And one honest event of its own, which every peer takes.
            m.sendSigned(new Event(tick, own, 2, 0, 4));
            assertAgree(List.of(v, w), 3);
            await("W refused both forgeries", 5_000, () -> w.call(() -> w.peer().forgeries()) == 2);
            for (NetworkPeer p : vw) {
                assertFalse(holds(p, originV, 1000), "nothing under V's origin but V's");
                assertFalse(holds(p, own, 1), "nothing altered");
                assertFalse(holds(p, 0x5eed, 1), "nothing of an origin never announced");
                assertTrue(holds(p, own, 2), "the member's own signed event");
            }
            assertEquals(0L, (long) v.call(() -> v.peer().forgeries()), "W forwarded no forgery to V");
            assertEquals(v.id(), (long) w.call(() -> w.peer().peerOfOrigin(originV)), "V's origin names V (its proven id)");
            assertEquals(0L, (long) w.call(() -> w.peer().peerOfOrigin(own)), "the member bound its origin to no one");
            assertEquals(1, links(v), "V keeps its link");
        }
    }

    @Test
    void shouldReportAnEquivocatingMemberByNameAndAgreeOnOneVersion() throws Exception {
        int[] ports = new int[2];
        NetworkPeer[] vw = linkedPair(ports);
        List<Equivocation> reported = new CopyOnWriteArrayList<>();
        for (NetworkPeer p : vw) {
            p.execute(() -> p.peer().addListener(new PeerListener() {
                @Override
                public void equivocation(Equivocation q) {
                    reported.add(q);
                }
            }));
        }
        OriginKey key = OriginKey.derived(8, 8);
        try (SigningMember toV = SigningMember.link(ports[0], SESSION, counter, key);
             SigningMember toW = SigningMember.link(ports[1], SESSION, counter, key)) {
            await("M linked to V and W", 10_000, () -> links(vw[0]) == 2 && links(vw[1]) == 2);
            toV.announce();
            toW.announce();
            long tick = Math.max(tickAhead(vw[0], 100), tickAhead(vw[1], 100));
            toV.sendSigned(new Event(tick, key.origin(), 1, 0, 5));
            toW.sendSigned(new Event(tick, key.origin(), 1, 0, 7));
            await("both report it", 10_000, () -> reported.size() == 2);
            for (Equivocation q : reported) {
                assertEquals(key.origin(), q.origin(), q.describe());
                assertEquals(1, q.seq());
                assertTrue(q.describe().contains(Long.toHexString(key.origin())), q.describe());
            }
            emit(vw[0], 3);
            assertAgree(List.of(vw[0], vw[1]), 4);
            List<Long> applied = new java.util.ArrayList<>();
            for (NetworkPeer p : vw) {
                assertEquals(1L, (long) p.call(() -> p.peer().equivocations()));
                applied.add(p.call(() -> p.peer().eventsBetween(tick, tick).stream()
                        .filter(e -> e.origin() == key.origin()).mapToLong(e -> e.arg(0)).sum()));
            }
            assertEquals(List.of(5L, 5L), applied, "one version, the same on both: never both");
        }
    }
}
