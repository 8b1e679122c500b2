package io.symp.bench;

import io.symp.app.Apps;
import io.symp.net.NetworkPeer;
import io.symp.net.PeerIdentity;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a link costs on loopback TCP, in an open session and in a secured one (both TLS 1.3;
 * docs/SECURITY.md): the time from dialling to a link up at both ends (TCP, TLS with Ed25519
 * certificates, HELLO), and the wire bytes per flooded event (counter app, 50 FPS), idle
 * traffic (SYNC, HAVE) subtracted. Arguments: handshakes (default 40), events (default 1000).
 */
public final class LinkCost {
    private LinkCost() {}

    public static void main(String[] args) throws Exception {
        int handshakes = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        for (boolean secured : new boolean[] {false, true}) {
            byte[] secret = secured ? "bench secret".getBytes(StandardCharsets.UTF_8) : null;
            NetworkPeer a = peer(secret, false);
            int port = a.start("127.0.0.1", 0);
            double[] ms = new double[handshakes];
            for (int i = 0; i < handshakes; i++) {
                NetworkPeer b = peer(secret, true);
                b.start("127.0.0.1", 0);
                long t0 = System.nanoTime();
                b.join("127.0.0.1", port);
                while (links(b) == 0 || links(a) == 0) {
                    Thread.sleep(0, 200_000);
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
                b.close();
                while (links(a) != 0) {
                    Thread.sleep(1);
                }
            }
            double[] warm = Arrays.copyOfRange(ms, handshakes / 2, handshakes);
            Arrays.sort(warm);
            NetworkPeer b = peer(secret, true);
            b.start("127.0.0.1", 0);
            b.join("127.0.0.1", port);
            while (links(b) == 0) {
                Thread.sleep(10);
            }
            double bytesPerEvent = bytesPerEvent(a, b, events);
            System.out.printf(Locale.ROOT, "%s: first handshake %.1f ms, later ones median %.1f ms (p90 %.1f ms);"
                            + " %.1f wire bytes per event%n", secured ? "secured" : "open   ", ms[0],
                    warm[warm.length / 2], warm[warm.length * 9 / 10], bytesPerEvent);
            a.close();
            b.close();
        }
    }

    private static NetworkPeer peer(byte[] secret, boolean joins) {
        PeerIdentity key = PeerIdentity.generate();
        PeerConfig config = PeerConfig.defaults(key.id()).withSyncWaitTicks(joins ? Integer.MAX_VALUE : 0);
        return new NetworkPeer(config, Apps.builtIn().create("counter"),
                new TransportConfig("bench", secret, 0, 0, 1, key));
    }

    private static int links(NetworkPeer p) {
        return p.call(() -> p.peer().links().size());
    }

    /** Bytes A sends per event it emits, beyond what it sends idle over as long. */
    private static double bytesPerEvent(NetworkPeer a, NetworkPeer b, int events) throws InterruptedException {
        long idle0 = a.traffic().bytesSent();
        long t0 = System.nanoTime();
        Thread.sleep(3_000);
        double idlePerNano = (double) (a.traffic().bytesSent() - idle0) / (System.nanoTime() - t0);
        long sent0 = a.traffic().bytesSent();
        long t1 = System.nanoTime();
        for (int i = 0; i < events; i++) {
            a.execute(() -> a.peer().emit(0, 1));
            if (i % 10 == 9) {
                Thread.sleep(40);
            }
        }
        while (b.call(() -> b.peer().state().getLong(8)) < events) {
            Thread.sleep(10);
        }
        Thread.sleep(500);
        long elapsed = System.nanoTime() - t1;
        return (a.traffic().bytesSent() - sent0 - idlePerNano * elapsed) / events;
    }
}
