package io.symp.bench;

import io.symp.app.Apps;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Sustained events per second across five peers in a line on loopback TCP (50 FPS, counter
 * app): every peer emits as fast as it may for a while, and the far ends count what they took.
 * Arguments: seconds (default 10).
 */
public final class FloodThroughput {
    private FloodThroughput() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<NetworkPeer> peers = new ArrayList<>();
        int previousPort = -1;
        for (long id = 1; id <= 5; id++) {
            PeerConfig config = PeerConfig.defaults(id).withSyncWaitTicks(id == 1 ? 0 : Integer.MAX_VALUE);
            NetworkPeer p = new NetworkPeer(config, Apps.builtIn().create("counter"), TransportConfig.open("bench"));
            int port = p.start("127.0.0.1", 0);
            if (previousPort > 0) {
                p.join("127.0.0.1", previousPort);
            }
            previousPort = port;
            peers.add(p);
        }
        while (peers.get(4).call(() -> peers.get(4).peer().links().size()) == 0
                || peers.get(2).call(() -> peers.get(2).peer().links().size()) < 2) {
            Thread.sleep(20);
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (NetworkPeer p : peers) {
                // Bounded by the peer's own limit of events waiting: a burst per peer every 10 ms.
                p.execute(() -> {
                    for (int i = 0; i < 20; i++) {
                        p.peer().emit(0, 1);
                    }
                });
            }
            Thread.sleep(10);
        }
        Thread.sleep(2_000);
        long taken = peers.get(4).call(() -> peers.get(4).peer().stats().eventsApplied());
        long first = peers.get(0).call(() -> peers.get(0).peer().stats().eventsApplied());
        System.out.printf("%d s: peer 1 took %d events, peer 5 took %d: %.0f events/s network-wide%n",
                seconds, first, taken, taken / (double) seconds);
        peers.forEach(NetworkPeer::close);
    }
}
