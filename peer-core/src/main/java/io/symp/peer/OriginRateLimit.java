package io.symp.peer;

import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most so many events from one origin per second of ticks (counted on the timeline, not the
 * wall clock). Events over the limit are not taken; the origin's neighbours offer them again in
 * later HAVE rounds, so a burst is slowed down, never lost.
 */
final class OriginRateLimit {
    private static final Logger log = LoggerFactory.getLogger(OriginRateLimit.class);

    private final int windowTicks;
    private final int maxPerWindow;
    private final TreeMap<Long, long[]> windows = new TreeMap<>();

    OriginRateLimit(int windowTicks, int maxPerWindow) {
        this.windowTicks = windowTicks;
        this.maxPerWindow = maxPerWindow;
    }

    boolean allows(long origin, long tick) {
        long window = tick / windowTicks;
        long[] w = windows.computeIfAbsent(origin, o -> new long[] {window, 0});
        if (w[0] != window) {
            w[0] = window;
            w[1] = 0;
        }
        w[1]++;
        if (w[1] == maxPerWindow + 1L) {
            log.warn("origin {} is over {} events per second: the rest wait for repair", Long.toHexString(origin), maxPerWindow);
        }
        return w[1] <= maxPerWindow;
    }
}
