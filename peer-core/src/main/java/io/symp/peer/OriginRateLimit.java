package io.symp.peer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most so many events from one origin per window of ticks. Under the symp protocol the ticks
 * are the events' own (an honest origin stamps no more than the limit in any window, so its
 * events are never cut, whatever path or delay they take); the current and the previous window
 * are counted, and older stragglers wait for repair. Events over the limit are not taken; the
 * origin's neighbours offer them again later, so a burst is slowed down, never lost. At most
 * {@code originsMax} origins are tracked (the one heard from longest ago makes room).
 */
final class OriginRateLimit {
    private static final Logger log = LoggerFactory.getLogger(OriginRateLimit.class);

    private final int windowTicks;
    private final int maxPerWindow;
    private final Map<Long, long[]> windows;

    OriginRateLimit(int windowTicks, int maxPerWindow, int originsMax) {
        this.windowTicks = windowTicks;
        this.maxPerWindow = maxPerWindow;
        this.windows = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
                return size() > originsMax;
            }
        };
    }

    /** Counts one event of {@code origin} at {@code tick}; whether it is within the limit. */
    boolean allows(long origin, long tick) {
        long window = tick / windowTicks;
        // {window, its count, the count of the window before it}
        long[] w = windows.computeIfAbsent(origin, o -> new long[] {window, 0, 0});
        int at;
        if (window > w[0]) {
            w[2] = window == w[0] + 1 ? w[1] : 0;
            w[0] = window;
            w[1] = 0;
            at = 1;
        } else if (window == w[0]) {
            at = 1;
        } else if (window == w[0] - 1) {
            at = 2;
        } else {
            return false;
        }
        w[at]++;
        if (w[at] == maxPerWindow + 1L) {
            log.warn("origin {} is over {} events per second: the rest wait for repair", Long.toHexString(origin), maxPerWindow);
        }
        return w[at] <= maxPerWindow;
    }

    /** Origins tracked now (bounded). */
    int origins() {
        return windows.size();
    }
}
