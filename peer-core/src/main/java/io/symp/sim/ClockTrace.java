package io.symp.sim;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;

/**
 * Instrumentation of clock agreement, for {@code symp sim --clock-trace FILE}: every
 * {@code intervalNanos} of virtual time, one CSV row per online peer with its position on the
 * shared timeline (read on its own machine's clock, drift and all) against the network's time.
 * Attached only when asked for ({@link Simulation#traceClocks}): sampling reads state and draws
 * no random number, so a traced run is the same run as an untraced one.
 *
 * <p>Columns: {@code time_s} (virtual), {@code peer}, {@code synced} (holds the network's
 * time), {@code behind_leader_ms} (how far behind the greatest time of the synced peers, the
 * reference of pace: over 20 ms at 50 FPS is a tick behind), {@code from_mean_ms} (ahead of
 * their mean, negative behind), {@code network_minus_virtual_ms} (the peer's time − virtual
 * time: how the network's time drifts from real time).
 */
public final class ClockTrace {
    public static final String HEADER = "time_s,peer,synced,behind_leader_ms,from_mean_ms,network_minus_virtual_ms";

    private final PrintWriter out;
    private final long intervalNanos;

    public ClockTrace(PrintWriter out, long intervalNanos) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("interval must be positive, got " + intervalNanos);
        }
        this.out = out;
        this.intervalNanos = intervalNanos;
        out.println(HEADER);
    }

    long intervalNanos() {
        return intervalNanos;
    }

    /** One row per online peer at virtual time {@code nowNanos}. */
    void sample(Collection<SimPeer> peers, long nowNanos) {
        long leader = Long.MIN_VALUE;
        double sum = 0;
        int synced = 0;
        for (SimPeer p : peers) {
            if (p.isOnline() && p.peer().clockSynced()) {
                long t = timeOf(p);
                leader = Math.max(leader, t);
                sum += t;
                synced++;
            }
        }
        if (synced == 0) {
            return;
        }
        double mean = sum / synced;
        for (SimPeer p : peers) {
            if (!p.isOnline()) {
                continue;
            }
            long t = timeOf(p);
            out.printf(Locale.ROOT, "%.3f,%d,%b,%.3f,%.3f,%.3f%n", nowNanos / 1e9, p.id(), p.peer().clockSynced(),
                    (leader - t) / 1e6, (t - mean) / 1e6, (t - nowNanos) / 1e6);
        }
    }

    private static long timeOf(SimPeer p) {
        return p.peer().networkNanos(p.clock().nanos());
    }
}
