package io.symp.peer;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recent transits of other origins' events to this peer, and what they say one event
 * stamped {@code Δ} ticks ahead costs a receiver: ticks travelled back,
 * {@code max(0, transit − Δ + 1)} (TimeMachine restores and re-simulates from the event's tick
 * to the current one), averaged over each origin's samples and then over origins, so that every
 * receiver counts once however often it emits. The price used is that mean plus one standard
 * error ({@link #CONFIDENCE_Z}): choosing the least Δ whose estimated cost fits a cap favours
 * whichever Δ the samples happen to make look cheap, and the true cost is convex in Δ, so an
 * unbiased estimate would overspend; the margin is wide while samples are few and narrows as
 * 1/√n.
 *
 * <p><b>Where an origin's transits centre is itself uncertain.</b> With a few samples per origin
 * (at 25 events a minute over 20 origins, three or four each after two minutes), the mean
 * excess is zero beyond an origin's longest sample and the margin with it, however few samples
 * that was; the least Δ within a cap then often lies just past them, and the true cost, convex
 * in Δ, is higher on average than the cap (at 500 ms per link about twice it: docs/EVALUATION.md).
 * So each sample stands for a normal spread around it of the origins' pooled deviation over
 * √n (an origin's n samples locate its centre that well), the predictive spread of a mean; it
 * vanishes as samples accumulate and where an origin's transits do not vary. {@link
 * #priceUnheard} prices the receivers not heard from at all.
 *
 * <p>Only samples of the last {@code windowTicks} count (or of as long as it takes to hold the
 * newest {@link Limits#AUTO_DELTA_SAMPLES_RECENT_MIN}, at low event rates): the estimate
 * describes the network as it is, and a transient (a clock jump, a congested link) leaves it
 * once the window has passed, weighing by how long it lasted rather than by how many events
 * happened to follow it.
 * Memory is bounded by the newest {@link Limits#AUTO_DELTA_SAMPLES_PER_ORIGIN} samples of at
 * most {@link Limits#AUTO_DELTA_ORIGINS_MAX} origins (the one heard from longest ago makes
 * room). {@link #refresh} tabulates the cost of every Δ from 1 to {@code maxTicks} at once from
 * the histogram of samples, so that a choice at stamping time is a binary search.
 */
final class TransitCosts {
    /** Standard errors added to the estimated cost (see {@link #refresh}). */
    static final double CONFIDENCE_Z = 1.0;

    /** A sample's spread is cut at this many of its deviations (the normal's mass beyond: 6e-5). */
    static final int SPREAD_REACH_DEVIATIONS = 4;

    private final int maxTicks;
    private final long windowTicks;
    private final TreeMap<Long, Ring> byOrigin = new TreeMap<>();
    /** When the newest samples (of any origin) were taken: the window never holds fewer. */
    private final long[] newestTicks = new long[Limits.AUTO_DELTA_SAMPLES_RECENT_MIN];
    private long added;
    /** Per transit value −max..2·max (index value + max): the weight of its samples; scratch. */
    private final double[] weight;
    /** A sample's spread over ±reach ticks (index j + reach), then its sum; scratch. */
    private final double[] kernel;
    /** Ticks travelled back per receiver by an event stamped Δ ahead, for Δ = 1..max. */
    private final double[] costByDelta;
    private int recentSamples;
    private int recentOrigins;
    private long recentMaxTransit = Long.MIN_VALUE;
    private int recentOnce;
    private double deviationTicks;

    TransitCosts(int maxTicks, long windowTicks) {
        this.maxTicks = maxTicks;
        this.windowTicks = windowTicks;
        this.weight = new double[3 * maxTicks + 1];
        this.kernel = new double[2 * reachMax() + 2];
        this.costByDelta = new double[maxTicks + 1];
    }

    /**
     * An event of {@code origin} took {@code transitTicks} from its emitter's clock to ours.
     *
     * @return the transit as kept (clamped to −max..2·max)
     */
    int add(long origin, long transitTicks, long nowTick) {
        Ring r = byOrigin.get(origin);
        if (r == null) {
            if (byOrigin.size() >= Limits.AUTO_DELTA_ORIGINS_MAX) {
                evictStalest();
            }
            r = new Ring();
            byOrigin.put(origin, r);
        }
        int clamped = (int) Math.max(-maxTicks, Math.min(2L * maxTicks, transitTicks));
        r.add(clamped, nowTick);
        newestTicks[(int) (added % newestTicks.length)] = nowTick;
        added++;
        return clamped;
    }

    /** Samples within the window at the last {@link #refresh}. */
    int recentSamples() {
        return recentSamples;
    }

    /** Origins with samples within the window at the last {@link #refresh}. */
    int recentOrigins() {
        return recentOrigins;
    }

    /** Origins with exactly one sample within the window at the last refresh. */
    int recentOnce() {
        return recentOnce;
    }

    /**
     * The pooled deviation of transits around their origin's mean within the window at the last
     * refresh, in ticks (0 while no origin has two samples).
     */
    double deviationTicks() {
        return deviationTicks;
    }

    /** The longest transit within the window at the last refresh ({@code Long.MIN_VALUE}: none). */
    long recentMaxTransit() {
        return recentMaxTransit;
    }

    /**
     * Tabulates {@link #costTicks} for every Δ from the samples of the window ending at
     * {@code nowTick}, each spread as a normal of deviation {@link #deviationTicks} / √n around
     * it ({@code n}: its origin's samples; cut at {@link #SPREAD_REACH_DEVIATIONS} deviations,
     * and at half the longest Δ). With {@code W(Δ)}, {@code S(Δ)} and {@code Q(Δ)} the weight,
     * weighted sum and weighted sum of squares of the spread samples of at least Δ, the mean
     * excess is {@code S − (Δ − 1) · W} and its second moment
     * {@code Q − 2 (Δ − 1) S + (Δ − 1)² W}: one pass over the histogram, none over the samples
     * per Δ. The standard error of the weighted mean is the deviation times {@code √Σw²}.
     */
    void refresh(long nowTick) {
        Arrays.fill(weight, 0);
        Arrays.fill(costByDelta, 0);
        long oldest = oldestCounted(nowTick);
        count(oldest);
        double squaredWeights = 0;
        for (Ring r : byOrigin.values()) {
            int n = r.countSince(oldest);
            if (n == 0) {
                continue;
            }
            int reach = spreadKernel(deviationTicks / Math.sqrt(n));
            double total = kernel[2 * reach + 1];
            double w = 1.0 / recentOrigins / n;
            for (int i = 0; i < r.held; i++) {
                if (r.atTick[i] >= oldest) {
                    squaredWeights += w * w;
                    for (int j = -reach; j <= reach; j++) {
                        int at = r.transit[i] + j + maxTicks;
                        weight[Math.max(0, Math.min(weight.length - 1, at))] += w * kernel[j + reach] / total;
                    }
                }
            }
        }
        double atLeast = 0;
        double sum = 0;
        double sumSquares = 0;
        double bound = 0;
        for (int v = weight.length - 1 - maxTicks; v >= 1; v--) {
            double wv = weight[v + maxTicks];
            atLeast += wv;
            sum += wv * v;
            sumSquares += wv * v * v;
            if (v <= maxTicks) {
                double mean = Math.max(0, sum - (v - 1) * atLeast);
                double second = sumSquares - 2.0 * (v - 1) * sum + (double) (v - 1) * (v - 1) * atLeast;
                double standardError = Math.sqrt(Math.max(0, second - mean * mean) * squaredWeights);
                // Never cheaper for a shorter Δ, so that the least Δ within a cap is a binary search.
                bound = Math.max(bound, mean + CONFIDENCE_Z * standardError);
                costByDelta[v] = bound;
            }
        }
    }

    /**
     * Mixes into the table, as of the last {@link #refresh}, the receivers not heard from yet:
     * by Good–Turing, the share of the next events that come from an origin not yet sampled is
     * about the share of samples that are their origin's only one ({@link #recentOnce} /
     * {@link #recentSamples}); at equal rates that is the share of receivers unheard. Each is
     * priced as if its transit were one tick and one deviation longer than every transit
     * heard, or {@code floorTicks} if that is longer. The share is 0 once every origin in the
     * window has been heard twice, so this matters at start-up (and at low event rates).
     */
    void priceUnheard(long floorTicks) {
        if (recentSamples == 0) {
            return;
        }
        double share = (double) recentOnce / recentSamples;
        long transit = Math.max(floorTicks, recentMaxTransit + 1 + (long) deviationTicks);
        for (int v = 1; v <= maxTicks; v++) {
            costByDelta[v] = (1 - share) * costByDelta[v] + share * Math.max(0, transit - v + 1);
        }
    }

    /** The oldest tick a sample may be from to count at {@code nowTick}. */
    private long oldestCounted(long nowTick) {
        if (added < newestTicks.length) {
            return Long.MIN_VALUE;
        }
        // Samples come in tick order: the slot written next holds the oldest of the newest.
        return Math.min(nowTick - windowTicks, newestTicks[(int) (added % newestTicks.length)]);
    }

    /** Counts the samples since {@code oldest}: per origin, longest, and their pooled deviation. */
    private void count(long oldest) {
        recentSamples = 0;
        recentOrigins = 0;
        recentOnce = 0;
        recentMaxTransit = Long.MIN_VALUE;
        double squares = 0;
        long degrees = 0;
        for (Ring r : byOrigin.values()) {
            int n = r.countSince(oldest);
            recentSamples += n;
            recentOrigins += n > 0 ? 1 : 0;
            recentOnce += n == 1 ? 1 : 0;
            double mean = 0;
            for (int i = 0; i < r.held; i++) {
                if (r.atTick[i] >= oldest) {
                    mean += r.transit[i];
                    recentMaxTransit = Math.max(recentMaxTransit, r.transit[i]);
                }
            }
            mean /= Math.max(1, n);
            for (int i = 0; i < r.held; i++) {
                if (r.atTick[i] >= oldest) {
                    squares += (r.transit[i] - mean) * (r.transit[i] - mean);
                }
            }
            degrees += Math.max(0, n - 1);
        }
        deviationTicks = degrees > 0 ? Math.sqrt(squares / degrees) : 0;
    }

    /**
     * Fills {@link #kernel} with a normal of deviation {@code h} ticks over ±reach, and the slot
     * after it with the sum of those weights (to divide by); returns the reach.
     */
    private int spreadKernel(double h) {
        int reach = (int) Math.min(reachMax(), Math.ceil(SPREAD_REACH_DEVIATIONS * h));
        double total = 0;
        for (int j = -reach; j <= reach; j++) {
            kernel[j + reach] = reach == 0 ? 1 : Math.exp(-0.5 * j * j / (h * h));
            total += kernel[j + reach];
        }
        kernel[2 * reach + 1] = total;
        return reach;
    }

    private int reachMax() {
        return Math.max(1, maxTicks / 2);
    }

    /**
     * Ticks one event stamped {@code delta} ahead is expected to make a receiver travel back, as
     * of the last {@link #refresh} (and {@link #priceUnheard}): the mean over the spread samples
     * plus one standard error, made non-increasing in Δ.
     */
    double costTicks(int delta) {
        return costByDelta[Math.max(1, Math.min(maxTicks, delta))];
    }

    /** The least Δ in 1..max costing at most {@code capTicks} (max if none does). */
    int leastDelta(double capTicks) {
        int lo = 1;
        int hi = maxTicks;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (costByDelta[mid] <= capTicks) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private void evictStalest() {
        Long stalest = null;
        long oldest = Long.MAX_VALUE;
        for (Map.Entry<Long, Ring> e : byOrigin.entrySet()) {
            if (e.getValue().lastTick < oldest) {
                oldest = e.getValue().lastTick;
                stalest = e.getKey();
            }
        }
        byOrigin.remove(stalest);
    }

    /** The newest transits from one origin, with the ticks they were measured at. */
    private static final class Ring {
        final int[] transit = new int[Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN];
        final long[] atTick = new long[Limits.AUTO_DELTA_SAMPLES_PER_ORIGIN];
        int held;
        int next;
        long lastTick;

        void add(int t, long nowTick) {
            transit[next] = t;
            atTick[next] = nowTick;
            next = (next + 1) % transit.length;
            held = Math.min(held + 1, transit.length);
            lastTick = nowTick;
        }

        int countSince(long oldest) {
            int n = 0;
            for (int i = 0; i < held; i++) {
                n += atTick[i] >= oldest ? 1 : 0;
            }
            return n;
        }
    }
}
