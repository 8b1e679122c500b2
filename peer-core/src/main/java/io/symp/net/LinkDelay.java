package io.symp.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.symp.clock.Clock;
import java.util.ArrayDeque;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * User-space latency injection (this kernel has no netem): every outgoing write waits a normally
 * distributed delay, never negative, and never overtakes an earlier one (TCP order). Writes wait
 * in one queue, in the order they came, and one timer releases the head when its time has come:
 * jitter delays, it cannot reorder. (Scheduling one timer per write, as before, let two writes
 * due at the same instant leave in either order, and a handshake's frames crossed.)
 */
final class LinkDelay extends ChannelOutboundHandlerAdapter {
    private record Delayed(Object msg, ChannelPromise promise, long sendAtNanos) {}

    private final Clock clock;
    private final long delayNanos;
    private final long jitterNanos;
    private final SplittableRandom random;
    private final ArrayDeque<Delayed> queue = new ArrayDeque<>();
    private long lastSendNanos;
    private boolean timerSet;

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
        queue.addLast(new Delayed(msg, promise, sendAt));
        arm(ctx, now);
    }

    private void arm(ChannelHandlerContext ctx, long now) {
        if (!timerSet && !queue.isEmpty()) {
            timerSet = true;
            long wait = Math.max(0, queue.peekFirst().sendAtNanos() - now);
            ctx.executor().schedule(() -> release(ctx), wait, TimeUnit.NANOSECONDS);
        }
    }

    private void release(ChannelHandlerContext ctx) {
        timerSet = false;
        long now = clock.nanos();
        boolean wrote = false;
        while (!queue.isEmpty() && queue.peekFirst().sendAtNanos() <= now) {
            Delayed d = queue.pollFirst();
            ctx.write(d.msg(), d.promise());
            wrote = true;
        }
        if (wrote) {
            ctx.flush();
        }
        arm(ctx, now);
    }

    @Override
    public void flush(ChannelHandlerContext ctx) {
        // Each released batch flushes itself when its time comes.
    }
}
