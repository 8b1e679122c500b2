package io.symp.topology;

/**
 * A link between peers {@code a} and {@code b}, optionally with its own one-way latency and
 * jitter in milliseconds (null: the experiment's defaults apply).
 */
public record LinkSpec(long a, long b, Double latencyMs, Double jitterMs) {
    public LinkSpec(long a, long b) {
        this(a, b, null, null);
    }

    /** Whether this link joins {@code x} and {@code y}, in either direction. */
    public boolean joins(long x, long y) {
        return (a == x && b == y) || (a == y && b == x);
    }
}
