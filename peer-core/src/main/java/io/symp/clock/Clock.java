package io.symp.clock;

/**
 * Monotonic time in nanoseconds. The only source of time for peer code: {@link SystemClock} in
 * production, a virtual clock in the simulator and in deterministic tests.
 */
@FunctionalInterface
public interface Clock {
    long nanos();
}
