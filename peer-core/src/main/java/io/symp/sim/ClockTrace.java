package io.symp.sim;

import io.symp.app.StateView;
import io.symp.peer.Peer;
import io.symp.peer.PeerListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Instrumentation of clock agreement, for {@code symp sim --clock-trace FILE}: every
 * {@code intervalNanos} of virtual time it writes one CSV row per online peer with its position
 * on the shared timeline against the network's (the greatest time of the peers holding it, as
 * pace measures, and their mean) and against virtual time. Attached only when asked for, so
 * ordinary runs pay nothing.
 *
 * <p>Columns: {@code time_s} (virtual), {@code peer}, {@code synced} (holds the network's time),
 * {@code behind_leader_ms} (how far behind the greatest time of the synced peers),
 * {@code from_mean_ms} (ahead of their mean, negative behind), {@code network_minus_virtual_ms}
 * (the peer's time − virtual time: how the network's time drifts from real time).
 */
public final class ClockTrace implements PeerObserver {
    private final Simulation sim;
    private final PrintWriter out;
    private final long intervalNanos;
    private final TreeMap<Long, Peer> online = new TreeMap<>();
    private long nextNanos;

    public ClockTrace(Simulation sim, PrintWriter out, long intervalNanos) {
        this.sim = sim;
        this.out = out;
        this.intervalNanos = intervalNanos;
        out.println("time_s,peer,synced,behind_leader_ms,from_mean_ms,network_minus_virtual_ms");
    }

    @Override
    public void started(long id, int incarnation, Peer peer) {
        online.put(id, peer);
        peer.addListener(new PeerListener() {
            @Override
            public void ticked(long tick, StateView state) {
                sampleIfDue();
            }
        });
    }

    @Override
    public void stopped(long id, int incarnation, Peer peer) {
        online.remove(id, peer);
    }

    private void sampleIfDue() {
        long now = sim.scheduler().now();
        if (now < nextNanos) {
            return;
        }
        nextNanos = now - now % intervalNanos + intervalNanos;
        long leader = Long.MIN_VALUE;
        double sum = 0;
        int synced = 0;
        for (Peer p : online.values()) {
            if (p.clockSynced()) {
                leader = Math.max(leader, p.networkNanos());
                sum += p.networkNanos();
                synced++;
            }
        }
        if (synced == 0) {
            return;
        }
        double mean = sum / synced;
        for (var e : online.entrySet()) {
            Peer p = e.getValue();
            long t = p.networkNanos();
            out.printf(Locale.ROOT, "%.3f,%d,%b,%.3f,%.3f,%.3f%n", now / 1e9, e.getKey(), p.clockSynced(),
                    (leader - t) / 1e6, (t - mean) / 1e6, (t - now) / 1e6);
        }
    }
}
