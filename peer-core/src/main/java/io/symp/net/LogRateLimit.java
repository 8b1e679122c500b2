package io.symp.net;

import io.symp.clock.SystemClock;
import org.slf4j.Logger;

/**
 * Warnings about connections that never became links (a wrong secret, a stranger, a flood) at
 * most once a second, with a count of those left out: a flood cannot flood the log too.
 */
final class LogRateLimit {
    private static final long INTERVAL_NANOS = 1_000_000_000L;
    private final Logger log;
    private long lastNanos;
    private boolean any;
    private long suppressed;

    LogRateLimit(Logger log) {
        this.log = log;
    }

    void warn(String format, Object... args) {
        long now = SystemClock.INSTANCE.nanos();
        if (any && now - lastNanos < INTERVAL_NANOS) {
            suppressed++;
            log.debug(format, args);
            return;
        }
        any = true;
        lastNanos = now;
        if (suppressed > 0) {
            log.warn("({} more like the next left out in the last second)", suppressed);
            suppressed = 0;
        }
        log.warn(format, args);
    }
}
