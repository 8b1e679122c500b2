package io.symp.net;

import io.netty.channel.Channel;
import io.symp.peer.Limits;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one link has handed to the peer's thread and the peer has not yet taken. Past
 * {@link Limits#INBOUND_BYTES_PER_LINK_MAX} bytes or {@link Limits#INBOUND_MESSAGES_PER_LINK_MAX}
 * messages the link stops reading (autoRead off) until the peer has taken half: a fast sender
 * cannot queue work without bound, and TCP pushes back on it.
 */
final class InboundBudget {
    private final Channel channel;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger messages = new AtomicInteger();
    private volatile boolean paused;

    InboundBudget(Channel channel) {
        this.channel = channel;
    }

    /** A message of {@code size} bytes is handed over (event loop). */
    void taken(int size) {
        long waiting = bytes.addAndGet(size);
        int count = messages.incrementAndGet();
        if (!paused && (waiting > Limits.INBOUND_BYTES_PER_LINK_MAX || count > Limits.INBOUND_MESSAGES_PER_LINK_MAX)) {
            // Set before the message's task is queued: that task, run after, sees it.
            paused = true;
            channel.config().setAutoRead(false);
        }
    }

    /** The peer took a message of {@code size} bytes (peer's thread). */
    void done(int size) {
        long left = bytes.addAndGet(-size);
        int leftCount = messages.decrementAndGet();
        if (paused && left <= Limits.INBOUND_BYTES_PER_LINK_MAX / 2 && leftCount <= Limits.INBOUND_MESSAGES_PER_LINK_MAX / 2) {
            channel.eventLoop().execute(this::resume);
        }
    }

    private void resume() {
        if (paused) {
            paused = false;
            channel.config().setAutoRead(true);
        }
    }

    boolean paused() {
        return paused;
    }
}
