package io.symp.peer;

/**
 * Keeps a peer's own events within {@link Limits#ORIGIN_EVENTS_PER_SECOND_MAX} per window of
 * event ticks, the limit its neighbours apply: when a window is full the next event is stamped
 * at the start of the next window, or waits if that is too far ahead. An honest peer offered
 * more than the limit thus saturates at it (its neighbours never cut its events, nothing is
 * repaired late), instead of flooding.
 */
final class OwnStampRate {
    private final int windowTicks;
    private final int maxPerWindow;
    private long window = -1;
    private int count;

    OwnStampRate(int windowTicks, int maxPerWindow) {
        this.windowTicks = windowTicks;
        this.maxPerWindow = maxPerWindow;
    }

    /**
     * The tick to stamp an event wanted at {@code wantedTick} at (it counts), or -1 when the
     * limit would put it after {@code latestTick} (it waits; nothing counts).
     */
    long tickFor(long wantedTick, long latestTick) {
        long tick = wantedTick;
        long w = tick / windowTicks;
        if (w < window) {
            w = window;
            tick = w * windowTicks;
        }
        if (w == window && count >= maxPerWindow) {
            w++;
            tick = w * windowTicks;
        }
        if (tick > latestTick) {
            return -1;
        }
        if (w != window) {
            window = w;
            count = 0;
        }
        count++;
        return tick;
    }
}
