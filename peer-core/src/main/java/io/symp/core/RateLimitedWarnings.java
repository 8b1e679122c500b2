package io.symp.core;

import org.slf4j.Logger;

/**
 * Warnings that input from outside can cause (a wrong secret, a forged event, a refused
 * snapshot): at most one line per interval, the rest at debug level and counted in the next
 * line, so that a flood cannot flood the log too. Time is the caller's, in any unit (a
 * simulated peer's ticks keep its log deterministic).
 */
public final class RateLimitedWarnings {
    private final Logger log;
    private final long interval;
    private long last;
    private boolean any;
    private long leftOut;

    /** @param interval the least time between two warnings, in the unit of {@link #warn}'s {@code now} */
    public RateLimitedWarnings(Logger log, long interval) {
        this.log = log;
        this.interval = interval;
    }

    /** Warns, unless a warning was written less than the interval before {@code now}. */
    public void warn(long now, String format, Object... args) {
        if (any && now - last < interval) {
            leftOut++;
            log.debug(format, args);
            return;
        }
        any = true;
        last = now;
        if (leftOut > 0) {
            log.warn("({} more like the next left out in the last second)", leftOut);
            leftOut = 0;
        }
        log.warn(format, args);
    }
}
