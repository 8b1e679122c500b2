package io.symp.sim;

/**
 * What a simulation measured (see {@link SimMetrics} for the definitions). Every field but
 * {@code wallMs} and {@code cpuMs} is a pure function of the configuration and its seed.
 * {@code eventsSkipped}: events whose handler threw, skipped (the most any peer skipped; every
 * peer that holds them skips the same).
 */
public record SimResult(String protocol, int peers, long ticks, double rollbackPct, double rollbackFloorPct,
                        double pacePct, double paceGlobalPct, double recoveryMsMean, double recoveryMsMax,
                        double recoveryFromLinkMsMean, int recoveries, long rollbacks, long eventsEmitted,
                        long eventsLost, long eventsVanished, long eventsRefused, boolean hashesAgree, long commonTick, String commonHash,
                        double meanDelayMs, double meanDeltaMs, double messagesPerEvent, double bytesPerEvent,
                        long wallMs, long cpuMs,
                        long eventsSkipped) {
}
