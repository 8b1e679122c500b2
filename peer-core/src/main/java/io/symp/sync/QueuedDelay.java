package io.symp.sync;

/**
 * How much of one link's incoming SYNCs' delay was spent queued behind earlier frames, in
 * expectation. An ordered link (TCP) delivers a frame no earlier than the one before it, so a
 * SYNC whose own trip was short but that left soon after a slower frame arrives with it: its
 * delay reads as that frame's, not its own. The side that sends more frames (a neighbour nearer
 * most events' origins relays them all) has more of its SYNCs held back, so each side's samples
 * of the other's clock were biased by the difference in traffic, the same sign on every link
 * pointing away from the busy part of the network: at 500 ± 100 ms links and 200 events a
 * minute, 13 ms more delay one way than the other on the line's end link, and the line's end
 * peers 40–55 ms behind (docs/EVALUATION.md, "Clock agreement").
 *
 * <p>A SYNC that arrives right behind the frame before it ({@link #BLOCKED_GAP_NANOS}) is
 * <em>censored</em>: its own trip took at most what was seen. The delay is modelled as normal,
 * and its mean and variance are estimated from every SYNC by online expectation–maximisation
 * of the censored likelihood (a Tobit model): a censored SYNC counts as the expectation of a
 * delay below what was seen, a free one as what was seen. The excess of a censored SYNC is what
 * was seen minus that expectation; subtracted from the sample, it leaves the SYNC's own trip,
 * so the two directions' samples are alike whatever else each carries.
 *
 * <p>Delays are given in true time, the sample corrected by the current offset estimate, so
 * that neither drift nor clock corrections move the distribution. All arithmetic is
 * {@link StrictMath}, so a simulator run is the same on any JVM.
 */
final class QueuedDelay {
    /**
     * A SYNC read this soon after the link's previous frame was read came with it: in the same
     * TCP read or right behind it (the simulator delivers it at the same instant).
     */
    static final long BLOCKED_GAP_NANOS = 200_000;
    /** Samples before censoring is modelled at all: until then the mean and spread mean little. */
    static final int SAMPLES_MIN = 20;
    /** The estimate's window, in SYNCs: as the link's clock offset ({@code ClockSync}). */
    private final int windowSamples;

    private long samples;
    private double mean;
    private double meanSquare;

    QueuedDelay(int windowSamples) {
        this.windowSamples = windowSamples;
    }

    /**
     * Takes one incoming SYNC whose delay seemed {@code delayNanos} and returns its expected
     * excess over its own trip, in nanoseconds: 0 unless {@code blocked}.
     */
    double excessNanos(double delayNanos, boolean blocked) {
        double gain = 1.0 / Math.min(++samples, windowSamples);
        double variance = meanSquare - mean * mean;
        if (samples == 1) {
            mean = delayNanos;
            meanSquare = delayNanos * delayNanos;
            return 0;
        }
        if (!blocked || samples <= SAMPLES_MIN || !(variance > 0)) {
            mean += gain * (delayNanos - mean);
            meanSquare += gain * (delayNanos * delayNanos - meanSquare);
            return 0;
        }
        double sd = StrictMath.sqrt(variance);
        double z = (delayNanos - mean) / sd;
        double lambda = inverseMillsBelow(z);
        double expected = Math.min(delayNanos, mean - sd * lambda);
        double spread = variance * Math.max(0, 1 - z * lambda - lambda * lambda);
        mean += gain * (expected - mean);
        meanSquare += gain * (spread + expected * expected - meanSquare);
        return delayNanos - expected;
    }

    /** The mean delay estimated so far, free of queueing (NaN before any sample). */
    double meanNanos() {
        return samples == 0 ? Double.NaN : mean;
    }

    /**
     * φ(z) / Φ(z) for the standard normal: how far below z, in standard deviations, a normal
     * known to be below z is expected. Near the middle from Abramowitz and Stegun 26.2.17 (Φ to
     * 7.5·10^-8); below z = −2, where that error would grow relative to Φ, from Laplace's
     * continued fraction for Mills' ratio, Φ(z)/φ(z) = 1/(x + 1/(x + 2/(x + 3/(x + …)))) with
     * x = −z, which converges fast there and never underflows.
     */
    static double inverseMillsBelow(double z) {
        if (z < -2) {
            double x = -z;
            double fraction = x;
            for (int k = 40; k >= 1; k--) {
                fraction = x + k / fraction;
            }
            return fraction;
        }
        double phi = StrictMath.exp(-0.5 * z * z) / StrictMath.sqrt(2 * StrictMath.PI);
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double tail = phi * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978
                + t * 1.330274429))));
        return phi / (z < 0 ? tail : 1 - tail);
    }
}
