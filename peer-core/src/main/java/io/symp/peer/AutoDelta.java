package io.symp.peer;

/**
 * Adaptive Δ ({@code --delta auto}): the least event delay that keeps the network's rollback %
 * (the paper's metric a) within a budget, chosen by each peer from what it measures.
 *
 * <p><b>What is measured.</b> Every EVENT carries its lead, how far ahead of its emitter's tick
 * it was stamped (docs/PROTOCOL.md). When another origin's event is taken on its first arrival,
 * {@code transit = now − (tick − lead)} is how many ticks it took from its emitter's clock to
 * ours: path delay plus the difference between the two clocks, which is what decides whether
 * it is late. {@link TransitCosts} keeps them per origin and turns them into the expected
 * ticks travelled back by one receiver for an event stamped Δ ahead. {@link EventRate} counts
 * every event taken, however it came: the network's rate {@code R}, the same for every peer.
 *
 * <p><b>Why the incoming transits price the outgoing events.</b> The flood reaches every peer
 * by the fastest path and links are symmetric, so the transits from origin {@code o} to us
 * stand for the transits of our events to {@code o}. The clock difference in a sample has the
 * opposite sign in the other direction; over the network each pair is counted once each way,
 * so the errors swap between the two peers' estimates rather than bias the total, while clocks
 * agree well within the spread of the delays.
 *
 * <p><b>Few samples.</b> Without what follows the budget was overshot at 250-500 ms per link
 * (up to 1.9× at 500 ms in 5-minute runs), and not for the clocks: the overshoot was the first
 * three minutes (in 15-minute runs the same rule kept every budget), when each origin has been
 * heard a few times or not at all. The costly receivers are few (on paper-21 the two ends of
 * the 14-hop line suffer nearly all the rollback), an estimate that has not heard them prices
 * them at nothing, and one that has heard them once sees no spread beyond that sample; with the
 * cap deep in the tail of transits hundreds of ticks wide, the least Δ within it is then
 * systematically too short. {@link TransitCosts} therefore spreads each sample by how well its
 * origin's centre is known, and {@link TransitCosts#priceUnheard} prices the receivers not yet
 * heard (Good–Turing's share) one deviation past the longest transit heard, or at the prior.
 * Both fade as every origin is heard several times.
 *
 * <p><b>Why not close the loop on the rollback a peer measures.</b> Every peer sees every
 * event, but not the rollback others suffer: its own rollback is the others' doing, and on
 * paper-21 it is nothing like the network's (after the start-up, 18 of 21 peers are late by
 * 0 ticks and the two line ends by 3-4 % of theirs). An integral correction of each peer's
 * cost on its own rollback would make the 18 spend more and the two less, while what each
 * measures is set by the others' choices: the loop does not close on what it corrects, and
 * the differences between peers grow to the bounds. It needs the receivers' measure brought
 * back to the emitters (a protocol change, not built). Both figures: docs/EVALUATION.md.
 *
 * <p><b>The budget.</b> Each peer simulates {@code fps} ticks per second; a receiver travels
 * back {@code Σ_i r_i · cost_i} ticks per second for the emitters {@code i}. If every emitter
 * keeps its cost per receiver at or under {@code cap = budget · fps / R}, the rollback % of
 * the whole network stays within the budget (at most {@code (N−1)/N} of it), whatever the
 * peers' individual rates, with no peer knowing the others' choices. Each own event takes the
 * least Δ (≥ 1 tick, ≤ {@link Limits#AUTO_DELTA_SECONDS_MAX}) whose cost is within the cap
 * plus what earlier events left unspent: Δ is whole ticks and one tick more or less can change
 * the cost severalfold in the tail, so this error diffusion spends the budget exactly on
 * average instead of rounding every event up. The cap and the cost table are renewed by
 * {@link #update}, which the peer calls once a second.
 *
 * <p>Equalising the cost per event is local and simple; the delay-optimal allocation of a
 * network-wide budget would equalise the probability of being late instead (the marginal
 * cost), which needs a multiplier agreed by the whole network: on paper-21 a model of both
 * differs by under 1 % of the delay.
 *
 * <p><b>Before there is enough to go on.</b> Transits measured in the first
 * {@link Limits#AUTO_DELTA_WARMUP_SECONDS} after the first one are not kept: clocks are still
 * being agreed then (islands of peers merging at start-up), and a handful of events seconds
 * late would price every later event. Until {@link TransitCosts} holds
 * {@link Limits#AUTO_DELTA_SAMPLES_MIN} recent samples from two origins or more, events are
 * stamped with the prior (the configured Δ) raised to cover every transit seen: late to
 * none of the origins heard, at the price of delay. With a budget of
 * 0 the prior is used throughout: a fixed Δ. Nothing here reads time (ticks come from the
 * peer), so a simulation stays a function of its seed.
 */
final class AutoDelta {
    private final int fps;
    private final int priorTicks;
    private final double budget;
    private final int maxTicks;
    private final TransitCosts costs;
    private final EventRate rate;
    private long sinceTick = -1;
    private boolean ready;
    private int safeTicks;
    private double capTicks;
    private double unspentTicks;
    private int lastTicks;

    /**
     * @param budget fraction of all ticks the network may travel back (0.01 for 1 %); 0 for a
     *               fixed Δ of {@code priorTicks}
     */
    AutoDelta(int fps, int priorTicks, double budget) {
        this.fps = fps;
        this.priorTicks = priorTicks;
        this.budget = budget;
        this.maxTicks = Math.max(priorTicks, Limits.AUTO_DELTA_SECONDS_MAX * fps);
        this.costs = budget > 0
                ? new TransitCosts(maxTicks, (long) Limits.AUTO_DELTA_SAMPLE_WINDOW_SECONDS * fps) : null;
        this.rate = new EventRate(fps);
        this.safeTicks = priorTicks;
        this.lastTicks = priorTicks;
    }

    boolean enabled() {
        return budget > 0;
    }

    /** The Δ the last own event was stamped with (the prior before any). */
    int deltaTicks() {
        return lastTicks;
    }

    /** The Δ for an own event stamped now; it is taken as spent. */
    int nextDeltaTicks() {
        if (!enabled()) {
            return priorTicks;
        }
        if (!ready) {
            lastTicks = safeTicks;
            return lastTicks;
        }
        int delta = costs.leastDelta(capTicks + unspentTicks);
        double left = capTicks + unspentTicks - costs.costTicks(delta);
        // Unspent budget carries over only as far as a later event can use it: not below Δ = 1,
        // and no debt when even the longest Δ costs more than the cap.
        unspentTicks = Math.max(0, delta == 1 ? Math.min(left, capTicks) : left);
        lastTicks = delta;
        return delta;
    }

    /** An event was taken (own, flooded or repaired): it counts towards the network's rate. */
    void taken(long eventTick) {
        if (enabled()) {
            rate.taken(eventTick);
        }
    }

    /** Another origin's event took {@code transitTicks} from its emitter's clock to ours. */
    void transit(long origin, long transitTicks, long nowTick) {
        if (!enabled()) {
            return;
        }
        if (sinceTick < 0) {
            sinceTick = nowTick;
        }
        if (!ready) {
            safeTicks = (int) Math.max(safeTicks, Math.min(maxTicks, Math.max(-maxTicks, transitTicks) + 1));
        }
        if (nowTick - sinceTick >= (long) Limits.AUTO_DELTA_WARMUP_SECONDS * fps) {
            // Before that, clocks are still being agreed (islands merging at start-up): the
            // transits say more about the start than about the network, and are only covered.
            costs.add(origin, transitTicks, nowTick);
        }
    }

    /**
     * Renews the cost table (with the receivers not yet heard, once ready) and the cap from the
     * recent samples and the rate as of {@code nowTick}.
     */
    void update(long nowTick) {
        if (!enabled() || sinceTick < 0) {
            return;
        }
        costs.refresh(nowTick);
        ready = costs.recentSamples() >= Limits.AUTO_DELTA_SAMPLES_MIN && costs.recentOrigins() >= 2;
        if (ready) {
            costs.priceUnheard(priorTicks);
            capTicks = budget * fps / rate.perSecond(nowTick, sinceTick);
        } else if (costs.recentSamples() > 0) {
            // Past the start-up: cover what is measured now rather than what the start-up showed.
            safeTicks = (int) Math.max(priorTicks, Math.min(maxTicks, costs.recentMaxTransit() + 1));
        }
    }

    /** Whether Δ is chosen from measurements yet (for tests and tools). */
    boolean ready() {
        return ready;
    }

    /** Ticks travelled back per receiver that one own event may cost, as of the last update. */
    double capTicks() {
        return capTicks;
    }
}
