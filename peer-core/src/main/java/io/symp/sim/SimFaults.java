package io.symp.sim;

/**
 * What a simulation does to its peers beyond latency and churn: every peer's own clock, drawn
 * from the seed (see {@link PeerClocks}).
 *
 * @param clockDriftPpm   each peer's clock runs fast or slow by a drift drawn uniformly in
 *                        ±this, in parts per million (0: every clock keeps the shared time)
 * @param clockOffsetNanos each peer's clock reads the shared time plus an offset drawn uniformly
 *                        in ±this
 */
public record SimFaults(double clockDriftPpm, long clockOffsetNanos) {
    /** Perfect clocks. */
    public static final SimFaults NONE = new SimFaults(0, 0);

    public SimFaults {
        if (clockDriftPpm < 0 || clockDriftPpm > io.symp.clock.DriftingClock.DRIFT_PPM_MAX) {
            throw new IllegalArgumentException("clock drift must be 0.." + io.symp.clock.DriftingClock.DRIFT_PPM_MAX
                    + " ppm, got " + clockDriftPpm);
        }
        if (clockOffsetNanos < 0) {
            throw new IllegalArgumentException("clock offset must be >= 0, got " + clockOffsetNanos);
        }
    }

    public SimFaults withClocks(double driftPpm, long offsetNanos) {
        return new SimFaults(driftPpm, offsetNanos);
    }
}
