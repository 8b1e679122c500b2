package io.symp.sim;

import io.symp.peer.Protocol;
import java.util.List;

/**
 * One simulated experiment, as the paper runs it: a topology with per-link latency, a workload
 * (events per minute for the whole network, random peer start times), optional churn, and the
 * seed everything random is drawn from.
 *
 * @param peerIds        the peers (topology order)
 * @param links          the links and their latency
 * @param app            application name
 * @param fps            ticks per second
 * @param deltaTicks     Δ in ticks
 * @param ratePerMinute  events per minute, whole network
 * @param durationNanos  length of the measured run (warm-up included)
 * @param warmupNanos    excluded from the metrics
 * @param startSpreadNanos each peer starts after a uniform random delay up to this
 * @param churnOnSeconds mean seconds online between failures (0: no churn)
 * @param churnOffSeconds mean seconds offline
 * @param seed           the seed of every random draw
 * @param protocol       orchestration rules
 * @param syncTestDepth  0, or sync-test every peer with this depth
 * @param orderedLinks   true: links deliver in order, like TCP; false: each message takes its
 *                       own sampled delay and may overtake earlier ones (UDP, several paths)
 * @param rollbackBudget 0: every peer stamps with {@code deltaTicks}; otherwise each chooses
 *                       its own Δ to keep rollbacks within this fraction of ticks
 *                       ({@code --delta auto}), starting from {@code deltaTicks}
 * @param faults         clocks and faults (see {@link SimFaults})
 */
public record SimConfig(List<Long> peerIds, List<SimLinkSpec> links, String app, int fps, int deltaTicks,
                        double ratePerMinute, long durationNanos, long warmupNanos, long startSpreadNanos,
                        double churnOnSeconds, double churnOffSeconds, long seed, Protocol protocol,
                        int syncTestDepth, boolean orderedLinks, double rollbackBudget, SimFaults faults) {
    public SimConfig {
        java.util.Objects.requireNonNull(faults, "faults");
        peerIds = List.copyOf(peerIds);
        links = List.copyOf(links);
        if (peerIds.isEmpty()) {
            throw new IllegalArgumentException("a simulation needs at least one peer");
        }
        if (warmupNanos >= durationNanos) {
            throw new IllegalArgumentException("the warm-up must be shorter than the run");
        }
    }

    /** A run with a fixed Δ. */
    public SimConfig(List<Long> peerIds, List<SimLinkSpec> links, String app, int fps, int deltaTicks,
                     double ratePerMinute, long durationNanos, long warmupNanos, long startSpreadNanos,
                     double churnOnSeconds, double churnOffSeconds, long seed, Protocol protocol,
                     int syncTestDepth, boolean orderedLinks) {
        this(peerIds, links, app, fps, deltaTicks, ratePerMinute, durationNanos, warmupNanos, startSpreadNanos,
                churnOnSeconds, churnOffSeconds, seed, protocol, syncTestDepth, orderedLinks, 0, SimFaults.NONE);
    }

    /** A run with perfect clocks and no faults but churn. */
    public SimConfig(List<Long> peerIds, List<SimLinkSpec> links, String app, int fps, int deltaTicks,
                     double ratePerMinute, long durationNanos, long warmupNanos, long startSpreadNanos,
                     double churnOnSeconds, double churnOffSeconds, long seed, Protocol protocol,
                     int syncTestDepth, boolean orderedLinks, double rollbackBudget) {
        this(peerIds, links, app, fps, deltaTicks, ratePerMinute, durationNanos, warmupNanos, startSpreadNanos,
                churnOnSeconds, churnOffSeconds, seed, protocol, syncTestDepth, orderedLinks, rollbackBudget,
                SimFaults.NONE);
    }

    /** A link of the simulated network. */
    public record SimLinkSpec(long a, long b, Latency latency) {}

    public boolean hasChurn() {
        return churnOnSeconds > 0 && churnOffSeconds > 0;
    }

    public SimConfig withProtocol(Protocol p) {
        return new SimConfig(peerIds, links, app, fps, deltaTicks, ratePerMinute, durationNanos, warmupNanos,
                startSpreadNanos, churnOnSeconds, churnOffSeconds, seed, p, syncTestDepth, orderedLinks,
                rollbackBudget, faults);
    }

    public SimConfig withSeed(long s) {
        return new SimConfig(peerIds, links, app, fps, deltaTicks, ratePerMinute, durationNanos, warmupNanos,
                startSpreadNanos, churnOnSeconds, churnOffSeconds, s, protocol, syncTestDepth, orderedLinks,
                rollbackBudget, faults);
    }

    /** Δ chosen by each peer within {@code budget} (a fraction of ticks), from {@code deltaTicks}. */
    public SimConfig withRollbackBudget(double budget) {
        return new SimConfig(peerIds, links, app, fps, deltaTicks, ratePerMinute, durationNanos, warmupNanos,
                startSpreadNanos, churnOnSeconds, churnOffSeconds, seed, protocol, syncTestDepth, orderedLinks,
                budget, faults);
    }

    /** The same run with other clocks and faults. */
    public SimConfig withFaults(SimFaults f) {
        return new SimConfig(peerIds, links, app, fps, deltaTicks, ratePerMinute, durationNanos, warmupNanos,
                startSpreadNanos, churnOnSeconds, churnOffSeconds, seed, protocol, syncTestDepth, orderedLinks,
                rollbackBudget, f);
    }

    public long tickNanos() {
        return 1_000_000_000L / fps;
    }
}
