package io.symp.peer;

import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Warnings about what neighbours sent and the peer refused (an unasked snapshot, a SYNC out of
 * bounds, a HAVE flood): at most one line a second on the peer's own clock, with a count of those
 * left out, so a hostile neighbour cannot flood the log; every refusal is counted.
 */
final class RefusalLog {
    private static final long INTERVAL_NANOS = 1_000_000_000L;
    private final Logger log;
    private final LongSupplier nanos;
    private long lastNanos;
    private boolean any;
    private long suppressed;
    private long refusals;

    RefusalLog(Logger log, LongSupplier nanos) {
        this.log = log;
        this.nanos = nanos;
    }

    /** Counts a refusal and logs it, unless one was logged within the last second. */
    void refused(String format, Object... args) {
        refusals++;
        long now = nanos.getAsLong();
        if (any && now - lastNanos < INTERVAL_NANOS) {
            suppressed++;
            log.debug(format, args);
            return;
        }
        any = true;
        lastNanos = now;
        if (suppressed > 0) {
            log.warn("({} more refusals like the next left out in the last second)", suppressed);
            suppressed = 0;
        }
        log.warn(format, args);
    }

    long refusals() {
        return refusals;
    }
}
