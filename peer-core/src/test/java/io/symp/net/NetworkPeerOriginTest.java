package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.peer.PeerConfig;
import org.junit.jupiter.api.Test;

/** Every run of a peer stamps its events with a fresh origin, whatever id it keeps. */
class NetworkPeerOriginTest {
    @Test
    void shouldGiveEachRunOfTheSameIdAFreshOrigin() {
        PeerConfig config = PeerConfig.defaults(7);
        TransportConfig transport = new TransportConfig("origins", null, 0, 0, 1);
        try (NetworkPeer first = new NetworkPeer(config, Apps.builtIn().create("counter"), transport);
             NetworkPeer again = new NetworkPeer(config, Apps.builtIn().create("counter"), transport)) {
            long a = first.peer().config().origin();
            long b = again.peer().config().origin();
            assertNotEquals(7, a, "not the id: a restarted process would reuse its (origin, seq) pairs");
            assertNotEquals(a, b, "two runs of peer 7, two origins");
            assertTrue(a > 0 && b > 0);
        }
    }
}
