package io.symp.sim;

import java.util.List;

/**
 * What a simulation measured (see {@link SimMetrics} for the definitions). Every field but
 * {@code wallMs} and {@code cpuMs} is a pure function of the configuration and its seed.
 * {@code violations} lists, one line each, what the checkers found (see {@code SimChecker}):
 * safety (nothing lost, duplicated, applied differently or silently replaced; one hash, the
 * reference timeline's) and liveness (every peer caught up once the faults stopped).
 * {@code eventsSkipped}: events whose handler threw, skipped (the most any peer skipped; every
 * peer that holds them skips the same).
 */
public record SimResult(String protocol, int peers, long ticks, double rollbackPct, double rollbackFloorPct,
                        double pacePct, double paceGlobalPct, double recoveryMsMean, double recoveryMsMax,
                        double recoveryFromLinkMsMean, int recoveries, long rollbacks, long eventsEmitted,
                        long eventsLost, long eventsVanished, long eventsRefused, boolean hashesAgree, long commonTick, String commonHash,
                        double meanDelayMs, double meanDeltaMs, double messagesPerEvent, double bytesPerEvent,
                        long wallMs, long cpuMs, long eventsSkipped, Faults faults, List<String> violations) {
    public SimResult {
        violations = List.copyOf(violations);
    }

    /**
     * What the faults did: links reset, links dropped as a stuck reader's, frames refused,
     * snapshots adopted, peers that threw, forks reported; {@code refounded}: churn took down
     * every peer holding the network's time, and one founded it anew.
     */
    public record Faults(long linkResets, long linkOverflows, long framesRefused, long snapshotsAdopted,
                         long crashes, long forks, boolean refounded) {}

    /** Whether the checkers found nothing wrong (see {@link #violations()}). */
    public boolean sound() {
        return violations.isEmpty();
    }
}
