package io.symp.clock;

/**
 * A machine's clock over a shared virtual time: it reads {@code base} plus its own offset, and
 * runs fast or slow by its own drift, as a quartz oscillator does (±200 ppm is an ordinary
 * commodity crystal across temperature). {@code nanos() = offset + base + base × drift}, exact in
 * integers (no overflow for any base within ±292 years), strictly
 * increasing in {@code base}, so that {@link #baseAt} inverts it: the simulator schedules a
 * peer's wake-up, asked in the peer's own clock, on the shared time.
 */
public final class DriftingClock implements Clock {
    private static final long PPB_PER_PPM = 1_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** The largest drift magnitude: a clock may run slower, never stop or go back. */
    public static final long DRIFT_PPM_MAX = 100_000;

    private final Clock base;
    private final long offsetNanos;
    private final long driftPpb;

    /**
     * @param base        the shared time (never negative)
     * @param offsetNanos what this clock reads at base 0
     * @param driftPpb    parts per billion this clock runs fast (negative: slow)
     */
    public DriftingClock(Clock base, long offsetNanos, long driftPpb) {
        if (Math.abs(driftPpb) > DRIFT_PPM_MAX * PPB_PER_PPM) {
            throw new IllegalArgumentException("clock drift beyond ±" + DRIFT_PPM_MAX + " ppm: " + driftPpb + " ppb");
        }
        this.base = base;
        this.offsetNanos = offsetNanos;
        this.driftPpb = driftPpb;
    }

    public long offsetNanos() {
        return offsetNanos;
    }

    public long driftPpb() {
        return driftPpb;
    }

    @Override
    public long nanos() {
        return at(base.nanos());
    }

    /** What this clock reads when the shared time is {@code baseNanos}. */
    public long at(long baseNanos) {
        return offsetNanos + baseNanos + drift(baseNanos);
    }

    /** The earliest shared time at which this clock reads {@code clockNanos} or more. */
    public long baseAt(long clockNanos) {
        long target = clockNanos - offsetNanos;
        long guess = (long) (target / (1 + driftPpb / 1e9));
        while (at(guess) >= clockNanos) {
            guess--;
        }
        while (at(guess) < clockNanos) {
            guess++;
        }
        return guess;
    }

    private long drift(long baseNanos) {
        long seconds = Math.floorDiv(baseNanos, NANOS_PER_SECOND);
        long rest = Math.floorMod(baseNanos, NANOS_PER_SECOND);
        return seconds * driftPpb + Math.floorDiv(rest * driftPpb, NANOS_PER_SECOND);
    }
}
