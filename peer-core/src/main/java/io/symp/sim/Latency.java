package io.symp.sim;

import java.util.SplittableRandom;

/**
 * One-way delay of a simulated link: normally distributed with a mean and a standard deviation
 * (the jitter), never negative, as the paper's NetEm setup.
 */
public record Latency(double meanMs, double jitterMs) {
    public Latency {
        if (meanMs < 0 || jitterMs < 0) {
            throw new IllegalArgumentException("latency and jitter must be >= 0, got " + meanMs + "/" + jitterMs);
        }
    }

    /** The paper's default: jitter 20 % of the mean. */
    public static Latency withDefaultJitter(double meanMs) {
        return new Latency(meanMs, meanMs * 0.2);
    }

    public long sampleNanos(SplittableRandom random) {
        double ms = meanMs + jitterMs * random.nextGaussian();
        return (long) (Math.max(0, ms) * 1_000_000);
    }
}
