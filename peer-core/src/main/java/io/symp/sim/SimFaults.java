package io.symp.sim;

import io.symp.clock.DriftingClock;
import java.util.List;

/**
 * What a simulation does to its peers beyond latency and churn, during its safety phase (every
 * fault but the clocks and the app stops when the run's duration is over; see {@link Simulation}).
 *
 * @param clockDriftPpm       each peer's clock runs fast or slow by a drift drawn uniformly in
 *                            ±this, in parts per million (see {@link PeerClocks})
 * @param clockOffsetNanos    each peer's clock reads the shared time plus an offset drawn
 *                            uniformly in ±this
 * @param partitions          cuts of the network into groups, each for a time
 * @param restart             how a peer comes back after churn
 * @param linkResetSeconds    mean seconds between resets of each link (exponential; 0: none): a
 *                            reset loses what is in flight, and the dialling side dials again
 * @param slowReaders         peers that read their links slowly
 * @param linkBufferBytes     bytes a link may hold unread (sent, not yet read) before it is
 *                            reset as a stuck reader's
 * @param throwPct            percentage of argument values for which the app's event handler
 *                            throws (deterministically in the arguments; 0: never)
 * @param hostilePeers        peers (indexes in topology order) that run the protocol and also
 *                            attack their neighbours ({@link HostileActions}): unsolicited and
 *                            forged snapshots, SYNCs an hour ahead, HAVE floods
 */
public record SimFaults(double clockDriftPpm, long clockOffsetNanos, List<PartitionSpec> partitions,
                        RestartMode restart, double linkResetSeconds, List<SlowReader> slowReaders,
                        int linkBufferBytes, double throwPct, List<Integer> hostilePeers) {
    /** Perfect clocks, no faults. */
    public static final SimFaults NONE = new SimFaults(0, 0, List.of(), RestartMode.SAME_ID, 0, List.of(),
            4 << 20, 0, List.of());

    /** Peers (indexes in topology order) that read at most {@code bytesPerSecond} per link. */
    public record SlowReader(List<Integer> peerIndexes, long bytesPerSecond) {
        public SlowReader {
            peerIndexes = List.copyOf(peerIndexes);
            if (bytesPerSecond < 1) {
                throw new IllegalArgumentException("a slow reader reads at least 1 byte/s, got " + bytesPerSecond);
            }
        }
    }

    public SimFaults {
        partitions = List.copyOf(partitions);
        slowReaders = List.copyOf(slowReaders);
        hostilePeers = List.copyOf(hostilePeers);
        if (clockDriftPpm < 0 || clockDriftPpm > DriftingClock.DRIFT_PPM_MAX) {
            throw new IllegalArgumentException("clock drift must be 0.." + DriftingClock.DRIFT_PPM_MAX
                    + " ppm, got " + clockDriftPpm);
        }
        if (clockOffsetNanos < 0 || linkResetSeconds < 0 || linkBufferBytes < 1 || throwPct < 0 || throwPct > 100) {
            throw new IllegalArgumentException("clock offset, link resets >= 0, link buffer >= 1, throws 0..100 %");
        }
    }

    public SimFaults withClocks(double driftPpm, long offsetNanos) {
        return new SimFaults(driftPpm, offsetNanos, partitions, restart, linkResetSeconds, slowReaders,
                linkBufferBytes, throwPct, hostilePeers);
    }

    public SimFaults withPartitions(List<PartitionSpec> p) {
        return new SimFaults(clockDriftPpm, clockOffsetNanos, p, restart, linkResetSeconds, slowReaders,
                linkBufferBytes, throwPct, hostilePeers);
    }

    public SimFaults withRestart(RestartMode r) {
        return new SimFaults(clockDriftPpm, clockOffsetNanos, partitions, r, linkResetSeconds, slowReaders,
                linkBufferBytes, throwPct, hostilePeers);
    }

    public SimFaults withLinkResets(double meanSeconds) {
        return new SimFaults(clockDriftPpm, clockOffsetNanos, partitions, restart, meanSeconds, slowReaders,
                linkBufferBytes, throwPct, hostilePeers);
    }

    public SimFaults withSlowReaders(List<SlowReader> s, int bufferBytes) {
        return new SimFaults(clockDriftPpm, clockOffsetNanos, partitions, restart, linkResetSeconds, s,
                bufferBytes, throwPct, hostilePeers);
    }

    public SimFaults withThrowPct(double pct) {
        return new SimFaults(clockDriftPpm, clockOffsetNanos, partitions, restart, linkResetSeconds, slowReaders,
                linkBufferBytes, pct, hostilePeers);
    }

    public SimFaults withHostilePeers(List<Integer> peers) {
        return new SimFaults(clockDriftPpm, clockOffsetNanos, partitions, restart, linkResetSeconds, slowReaders,
                linkBufferBytes, throwPct, peers);
    }

    /** Whether links can go down while both their peers stay up. */
    boolean cutsLinks() {
        return !partitions.isEmpty() || linkResetSeconds > 0 || !slowReaders.isEmpty();
    }
}
