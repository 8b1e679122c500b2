package io.symp.peer;

/**
 * The network's event rate, as any peer sees it (every event reaches every peer): events whose
 * tick fell in the last {@link Limits#AUTO_DELTA_RATE_WINDOW_SECONDS} seconds of ticks, or since
 * measuring began, from the ticks of the newest {@link Limits#AUTO_DELTA_RATE_EVENTS} events
 * taken. Counted on the timeline, not by arrival, so a joiner's repaired history counts where
 * it belongs rather than as a burst.
 */
final class EventRate {
    private final int fps;
    private final long[] ticks = new long[Limits.AUTO_DELTA_RATE_EVENTS];
    private long taken;

    EventRate(int fps) {
        this.fps = fps;
    }

    /** An event with tick {@code eventTick} was taken. */
    void taken(long eventTick) {
        ticks[(int) (taken % ticks.length)] = eventTick;
        taken++;
    }

    /**
     * Events per second of timeline up to {@code nowTick}, measured since {@code sinceTick} at
     * most, counting one event more than seen: a quiet spell must not make the next event look
     * free.
     */
    double perSecond(long nowTick, long sinceTick) {
        long window = Math.min((long) Limits.AUTO_DELTA_RATE_WINDOW_SECONDS * fps, nowTick - sinceTick);
        window = Math.max(1, window);
        int held = (int) Math.min(taken, ticks.length);
        long count = 0;
        long oldest = nowTick;
        for (int i = 0; i < held; i++) {
            long t = ticks[i];
            if (t > nowTick - window && t <= nowTick) {
                count++;
                oldest = Math.min(oldest, t);
            }
        }
        if (count == ticks.length) {
            // The ring holds less than the window: measure over the span it does hold.
            window = Math.max(1, nowTick - oldest + 1);
        }
        return (count + 1) * (double) fps / window;
    }
}
