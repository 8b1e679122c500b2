package io.symp.core;

/** SplitMix64's finaliser: spreads the bits of a 64-bit value, for ids and digests. */
public final class Mix {
    private Mix() {}

    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
