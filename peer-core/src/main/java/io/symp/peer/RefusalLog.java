package io.symp.peer;

import io.symp.core.RateLimitedWarnings;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Warnings about what neighbours sent and the peer refused (an unasked snapshot, a SYNC out of
 * bounds, a HAVE flood): at most one line a second on the peer's own clock, with a count of those
 * left out, so a hostile neighbour cannot flood the log; every refusal is counted.
 */
final class RefusalLog {
    private final RateLimitedWarnings warnings;
    private final LongSupplier nanos;
    private long refusals;

    RefusalLog(Logger log, LongSupplier nanos) {
        this.warnings = new RateLimitedWarnings(log, 1_000_000_000L);
        this.nanos = nanos;
    }

    /** Counts a refusal and logs it, unless one was logged within the last second. */
    void refused(String format, Object... args) {
        refusals++;
        warnings.warn(nanos.getAsLong(), format, args);
    }

    long refusals() {
        return refusals;
    }
}
