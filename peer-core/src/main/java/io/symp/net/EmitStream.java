package io.symp.net;

import io.symp.app.AppInfo;
import io.symp.app.EventArgs;
import io.symp.core.Mix;
import io.symp.peer.RandomEvents;
import java.util.SplittableRandom;

/**
 * The random events one peer emits under {@code --emit-rate}: exponential gaps, a uniform event
 * type, valid arguments, all drawn from one generator seeded by the run's seed and the peer's
 * id. The two are mixed, not XORed: {@code seed ^ id} made every peer given {@code --seed} equal
 * to its own id draw from seed 0, so a 21-peer experiment measured one stream 21 times.
 */
final class EmitStream {
    private final SplittableRandom random;
    private final AppInfo info;
    private final double perMinute;

    EmitStream(long seed, long peerId, AppInfo info, double perMinute) {
        this.random = new SplittableRandom(seedOf(seed, peerId));
        this.info = info;
        this.perMinute = perMinute;
    }

    /** The generator's seed of peer {@code peerId} in a run seeded {@code seed}. */
    static long seedOf(long seed, long peerId) {
        return Mix.mix64(Mix.mix64(seed) + Mix.mix64(peerId ^ 0x6A09_E667_F3BC_C908L));
    }

    /** One draw: the gap before the event, then the event. */
    Draw next() {
        long gapNanos = (long) (-Math.log(1 - random.nextDouble()) * 60e9 / perMinute);
        int type = random.nextInt(info.eventTypes().size());
        EventArgs args = RandomEvents.args(info.eventType(type), random);
        return new Draw(gapNanos, type, args);
    }

    record Draw(long gapNanos, int type, EventArgs args) {}
}
