package io.symp.bench;

import io.symp.app.Apps;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;

/**
 * How long a joiner takes to catch up with a peer that has a long history, over loopback TCP:
 * from starting the joiner to its reaching the other's tick (connect, handshake, history,
 * simulation included). Arguments: FPS and ticks of history (default 1000 and 30000: ten
 * minutes' worth of 50 FPS ticks, produced in 30 s), events per minute of history time.
 */
public final class JoinCatchUp {
    private JoinCatchUp() {}

    public static void main(String[] args) throws Exception {
        int fps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long historyTicks = args.length > 1 ? Long.parseLong(args[1]) : 30_000;
        double perMinuteAt50Fps = args.length > 2 ? Double.parseDouble(args[2]) : 25;
        try (NetworkPeer a = new NetworkPeer(PeerConfig.defaults(1).withFps(fps).withSyncWaitTicks(0),
                Apps.builtIn().create("move"), TransportConfig.open("bench"));
             NetworkPeer b = new NetworkPeer(PeerConfig.defaults(2).withFps(fps).withSyncWaitTicks(Integer.MAX_VALUE),
                     Apps.builtIn().create("move"), TransportConfig.open("bench"))) {
            int port = a.start("127.0.0.1", 0);
            a.emitRandomly(perMinuteAt50Fps * fps / 50.0, 1);
            while (a.call(() -> a.peer().tick()) < historyTicks) {
                Thread.sleep(50);
            }
            a.closeEmitter();
            long events = a.call(() -> a.peer().stats().eventsApplied());
            long start = System.nanoTime();
            b.start("127.0.0.1", 0);
            b.join("127.0.0.1", port);
            while (b.call(() -> b.peer().tick()) < a.call(() -> a.peer().tick()) - 1) {
                Thread.sleep(1);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(500);
            long common = Math.min(a.call(() -> a.peer().tick()), b.call(() -> b.peer().tick()));
            boolean agree = a.call(() -> a.peer().stateHashAt(common)) == (long) b.call(() -> b.peer().stateHashAt(common));
            System.out.printf("history %d ticks, %d events: joiner caught up in %d ms, %d rollbacks, hashes agree: %s%n",
                    historyTicks, events, ms, b.call(() -> b.peer().stats().rollbacks()), agree);
        }
    }
}
