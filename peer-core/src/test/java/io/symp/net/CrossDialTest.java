package io.symp.net;

import static io.symp.net.TestPeers.await;
import static io.symp.net.TestPeers.links;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.Link;
import io.symp.peer.PeerListener;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two peers that dial each other at the same moment (a restarted peer dialling a neighbour that
 * is redialling it) over real loopback TCP, with 150 ms of injected delay so that the two
 * handshakes surely overlap. Each end holds one of the two connections when the other's HELLO
 * arrives; unless both ends keep the same one, each refuses the one the other kept, both links
 * die, and both redial after the same refusal back-off into the same race: a pair that never
 * links. It must end with one link that stays, on both ends, for ids claimed with {@code --id}
 * (the keys tell a cross-dial from a second claimant) as for ids proven by their keys.
 */
class CrossDialTest {
    private static final long DELAY_NANOS = 150_000_000L;
    private final TestPeers peers = new TestPeers();

    @AfterEach
    void closeAll() {
        peers.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"claimed", "proven"})
    void shouldKeepOneLinkWhenTwoPeersDialEachOtherAtOnce(String ids) throws Exception {
        NetworkPeer a = peer(ids, 11);
        NetworkPeer b = peer(ids, 12);
        AtomicInteger ups = new AtomicInteger();
        for (NetworkPeer p : new NetworkPeer[] {a, b}) {
            p.execute(() -> p.peer().addListener(new PeerListener() {
                @Override
                public void linkUp(Link link) {
                    ups.incrementAndGet();
                }
            }));
        }
        int portA = a.start("127.0.0.1", 0);
        int portB = b.start("127.0.0.1", 0);
        a.join("127.0.0.1", portB);
        b.join("127.0.0.1", portA);
        // Several refusal back-offs (5 s each): a pair caught in the race never gets there.
        await("one link on each end", 20_000, () -> links(a) == 1 && links(b) == 1);
        // An end may take the other connection up first and give it up for the one kept, when
        // that one's handshake ends (up to a second later, at this delay).
        Thread.sleep(2_000);
        int upsWhenLinked = ups.get();
        assertTrue(upsWhenLinked <= 4, "each end's link came up at most twice: " + upsWhenLinked);
        Thread.sleep(3_000);
        assertEquals(1, links(a), "the link stays");
        assertEquals(1, links(b), "the link stays");
        assertEquals(upsWhenLinked, ups.get(), "no link came up since: no flapping");
    }

    /** A peer claiming {@code claimedId} (an open session's {@code --id}), or with a proven id. */
    private NetworkPeer peer(String ids, long claimedId) {
        if (ids.equals("claimed")) {
            return peers.peer(claimedId, TransportConfig.open("cross").withLinkDelay(DELAY_NANOS, 0), false);
        }
        PeerIdentity key = PeerIdentity.generate();
        byte[] secret = "cross".getBytes(StandardCharsets.UTF_8);
        return peers.peer(key.id(), TransportConfig.secured("cross", secret, key).withLinkDelay(DELAY_NANOS, 0), false);
    }
}
