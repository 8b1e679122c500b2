package io.symp.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.symp.clock.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * User-space latency injection (this kernel has no netem): every outgoing frame waits a
 * normally distributed delay, never negative, and never overtakes an earlier frame (TCP order).
 */
final class LinkDelay extends ChannelOutboundHandlerAdapter {
    private final Clock clock;
    private final long delayNanos;
    private final long jitterNanos;
    private final SplittableRandom random;
    private long lastSendNanos;

    LinkDelay(Clock clock, long delayNanos, long jitterNanos, long seed) {
        this.clock = clock;
        this.delayNanos = delayNanos;
        this.jitterNanos = jitterNanos;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        long now = clock.nanos();
        long delay = Math.max(0, (long) (delayNanos + jitterNanos * random.nextGaussian()));
        long sendAt = Math.max(now + delay, lastSendNanos);
        lastSendNanos = sendAt;
        ctx.executor().schedule(() -> {
            ctx.writeAndFlush(msg, promise);
        }, sendAt - now, TimeUnit.NANOSECONDS);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        // Each delayed write flushes itself when its time comes.
    }
}
