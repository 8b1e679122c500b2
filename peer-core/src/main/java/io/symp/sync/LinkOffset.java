package io.symp.sync;

/**
 * The offset of one neighbour's clock from ours, and its rate (the two clocks' drift), estimated
 * from SYNC samples by least squares over sliding windows, as PTP servos and Chrony do. Each
 * sample is the offset one SYNC saw, off by that SYNC's one-way delay error (tens of ms at
 * 500 ± 100 ms links); the estimate is a line through them.
 *
 * <p>Two windows, because the two quantities need different ones: the offset is the mean of
 * the recent window ({@code offsetWindowSamples}), carried to now along the rate; the rate is
 * the slope fitted over a window several times longer ({@code rateWindowSamples}). A rate fitted
 * over the offset's own window would double the offset's error (the slope's error, times the
 * half-window it is extrapolated over); over a long window the slope is exact enough that the
 * extrapolation costs little, and crystals' drift changes far more slowly than that window.
 * Without drift the estimate is the recent window's mean, as good as the samples allow: a
 * rate is used only once it is significant ({@link #rateNanosPerSecond}).
 *
 * <p>Windows are exponential: a sample's weight decays by {@code 1 − 1/window} per newer sample
 * once the window is full; before that every sample counts alike (ordinary least squares over
 * all of them). The rate is shrunk towards 0 by a prior (ridge regression), so that a few
 * samples spanning a few seconds do not extrapolate wild drifts: crystals drift by at most a
 * few hundred ppm. Sums are centred (weighted Welford) so they stay exact however long a link
 * lives; times are seconds of our clock since the first sample, offsets nanoseconds from the
 * first sample's.
 */
final class LinkOffset {
    /**
     * The prior's spread of drifts between two clocks, in ns per s: 160 ppm, about the spread
     * of the difference of two clocks each within ±200 ppm. (500 ppm before: with the samples'
     * queueing bias gone, a tighter prior lets a moderate drift be used minutes sooner at
     * 250–500 ms links; docs/EVALUATION.md, "Clock agreement".)
     */
    static final double RATE_PRIOR_NANOS_PER_SECOND = 160_000;

    private final Window offsetWindow;
    private final Window rateWindow;
    private long samples;
    private long originClockNanos;
    private double originOffsetNanos;

    LinkOffset(int offsetWindowSamples, int rateWindowSamples) {
        this.offsetWindow = new Window(offsetWindowSamples);
        this.rateWindow = new Window(rateWindowSamples);
    }

    /** Samples taken so far. */
    long samples() {
        return samples;
    }

    /**
     * Takes one sample: at {@code clockNanos} on our clock the neighbour's clock seemed
     * {@code offsetNanos} ahead of ours.
     */
    void add(long clockNanos, double offsetNanos) {
        if (samples == 0) {
            originClockNanos = clockNanos;
            originOffsetNanos = offsetNanos;
        }
        samples++;
        double t = (clockNanos - originClockNanos) / 1e9;
        double y = offsetNanos - originOffsetNanos;
        offsetWindow.add(samples, t, y);
        rateWindow.add(samples, t, y);
    }

    /**
     * Samples before a rate is used at all: about a minute of SYNCs. Before, a slope through
     * the first seconds' noise would move the offset more than any drift could.
     */
    static final int RATE_SAMPLES_MIN = 600;
    /**
     * Standard errors within which a drift is not ruled out, for the error bound that decides
     * whether a link may be quiet ({@link #errorBoundNanos}).
     */
    static final double RATE_SIGNIFICANCE = 3;
    /**
     * Standard errors a fitted rate must exceed to be used: without drift the estimate is then
     * the window's mean, as before the rate was fitted (a rate that is noise only adds noise).
     * 2 rather than 3: with the tighter prior, 3 kept drifts of 100–200 ppm between neighbours
     * unused for minutes at 250–500 ms links (pace with ±200 ppm clocks: 7.3 and 28 % at 250 and
     * 500 ms on eight cells, against 1.9 and 17 % at 2; without drift unchanged), and no gate at
     * all let noise through at 500 ms (pace without drift 4.8 → 12 %).
     */
    static final double RATE_USE_SIGNIFICANCE = 2;

    /**
     * The drift, in ns per s, shrunk by the prior given a per-sample noise {@code noiseNanos};
     * 0 before {@link #RATE_SAMPLES_MIN} samples, or when within {@link #RATE_USE_SIGNIFICANCE}
     * standard errors of 0.
     */
    double rateNanosPerSecond(double noiseNanos) {
        if (samples < RATE_SAMPLES_MIN) {
            return 0;
        }
        double spread = rateWindow.ctt + ridge(noiseNanos);
        double rate = rateWindow.cty / spread;
        return Math.abs(rate) * Math.sqrt(spread) < RATE_USE_SIGNIFICANCE * noiseNanos ? 0 : rate;
    }

    private static double ridge(double noiseNanos) {
        double prior = RATE_PRIOR_NANOS_PER_SECOND;
        return prior <= 0 ? Double.POSITIVE_INFINITY : noiseNanos * noiseNanos / (prior * prior);
    }

    /** The estimated offset at {@code clockNanos} (NaN before any sample). */
    double offsetNanos(long clockNanos, double noiseNanos) {
        if (samples == 0) {
            return Double.NaN;
        }
        double t = (clockNanos - originClockNanos) / 1e9;
        return originOffsetNanos + offsetWindow.meanY + rateNanosPerSecond(noiseNanos) * (t - offsetWindow.meanT);
    }

    /**
     * The standard error of {@link #offsetNanos} at {@code clockNanos} for a per-sample noise
     * {@code noiseNanos}: that of the recent window's mean, plus the rate's over the
     * extrapolation.
     */
    double uncertaintyNanos(long clockNanos, double noiseNanos) {
        if (samples == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = (clockNanos - originClockNanos) / 1e9 - offsetWindow.meanT;
        double meanVar = offsetWindow.sumSquaredWeights / (offsetWindow.weight * offsetWindow.weight);
        return noiseNanos * Math.sqrt(meanVar + t * t / (rateWindow.ctt + ridge(noiseNanos)));
    }

    /**
     * How far {@link #offsetNanos} may be off at {@code clockNanos}, for deciding whether the link
     * may be quiet ({@code ClockSync#quiet}): the recent window's standard error, plus the drift
     * the offset may be missing carried over the window's age: {@link #RATE_SIGNIFICANCE}
     * standard errors of the fitted rate when it is used, and the fitted rate itself on top when
     * it is not (too few samples, or not significant). Fewer samples age the window; this bound
     * says when that starts to matter, where {@link #uncertaintyNanos} counts one standard error
     * of a rate assumed right.
     */
    double errorBoundNanos(long clockNanos, double noiseNanos) {
        if (samples == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double t = (clockNanos - originClockNanos) / 1e9 - offsetWindow.meanT;
        double meanVar = offsetWindow.sumSquaredWeights / (offsetWindow.weight * offsetWindow.weight);
        double spread = rateWindow.ctt + ridge(noiseNanos);
        double missed = rateNanosPerSecond(noiseNanos) != 0 ? RATE_SIGNIFICANCE * noiseNanos / Math.sqrt(spread)
                : driftBoundNanosPerSecond(noiseNanos);
        return noiseNanos * Math.sqrt(meanVar) + missed * Math.abs(t);
    }

    /**
     * The largest drift between the two clocks the samples allow, in ns per s: the fitted rate
     * (used or not) and {@link #RATE_SIGNIFICANCE} standard errors more.
     */
    double driftBoundNanosPerSecond(double noiseNanos) {
        if (samples < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double spread = rateWindow.ctt + ridge(noiseNanos);
        return Math.abs(rateWindow.cty / spread) + RATE_SIGNIFICANCE * noiseNanos / Math.sqrt(spread);
    }

    /** Exponentially weighted, centred sums of one window. */
    private static final class Window {
        final int samplesMax;
        final double forgetting;
        double weight;
        double sumSquaredWeights;
        double meanT;
        double meanY;
        double ctt;
        double cty;

        Window(int samplesMax) {
            this.samplesMax = samplesMax;
            this.forgetting = 1.0 - 1.0 / samplesMax;
        }

        void add(long n, double t, double y) {
            double decay = n > samplesMax ? forgetting : 1.0;
            double old = decay * weight;
            weight = old + 1;
            sumSquaredWeights = decay * decay * sumSquaredWeights + 1;
            double dt = t - meanT;
            double dy = y - meanY;
            meanT += dt / weight;
            meanY += dy / weight;
            double share = old / weight;
            ctt = decay * ctt + share * dt * dt;
            cty = decay * cty + share * dt * dy;
        }
    }
}
