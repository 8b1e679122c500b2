package io.symp.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.symp.peer.Limits;
import io.symp.peer.Link;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A handshaken TCP connection to one neighbour. Safe to use from the peer's thread. What it
 * queues is bounded: past {@link Limits#OUTBOUND_BYTES_PER_LINK_MAX} bytes not yet written (or
 * when Netty reports the channel unwritable past the same high-water mark) the neighbour reads
 * too slowly and the link is closed, rather than memory growing. The count includes bytes the
 * latency injector holds, which Netty's own outbound buffer does not see.
 *
 * <p>Writes are coalesced: {@link #send} only queues the frame, and one flush follows on the
 * peer's thread once the work already queued there is done (the advance or message that sent
 * it, and whatever arrived meanwhile). Everything one advance sends to a neighbour then leaves
 * in one TLS record and one syscall instead of one each (on an idle link: a SYNC and a HASH,
 * ~22 bytes of record overhead each; docs/PERFORMANCE.md, "Idle links").
 */
final class NettyLink implements Link {
    private final Channel channel;
    private final long peerId;
    private final PeerChannelHandler handler;
    private final AtomicLong unsentBytes = new AtomicLong();
    /** Runs the flush after the work queued before it: the peer's own thread. */
    private final Executor flusher;
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final Runnable flush = this::flush;

    NettyLink(Channel channel, long peerId, PeerChannelHandler handler, Executor flusher) {
        this.channel = channel;
        this.peerId = peerId;
        this.handler = handler;
        this.flusher = flusher;
    }

    @Override
    public long peerId() {
        return peerId;
    }

    @Override
    public void send(Message message) {
        if (!channel.isActive() || channel.eventLoop().isShuttingDown()) {
            return;
        }
        byte[] bytes = MessageCodec.encode(message);
        long unsent = unsentBytes.addAndGet(bytes.length);
        if (unsent > Limits.OUTBOUND_BYTES_PER_LINK_MAX || !channel.isWritable()) {
            handler.dropLater("the neighbour reads too slowly: " + unsent + " bytes unsent (at most "
                    + Limits.OUTBOUND_BYTES_PER_LINK_MAX + ")");
            return;
        }
        channel.write(Unpooled.wrappedBuffer(bytes)).addListener(f -> unsentBytes.addAndGet(-bytes.length));
        if (flushQueued.compareAndSet(false, true)) {
            flusher.execute(flush);
        }
    }

    /**
     * Flushes every frame written before it. The flag is cleared first: a frame written after
     * that queues a flush of its own, one written before is covered by this one (Netty runs a
     * channel's writes and flushes in the order they were asked).
     */
    private void flush() {
        flushQueued.set(false);
        channel.flush();
    }

    @Override
    public void close(String reason) {
        handler.dropLater(reason);
    }

    @Override
    public String describe() {
        return String.valueOf(channel.remoteAddress()).replaceFirst("^/", "") + " (peer " + Long.toUnsignedString(peerId) + ")";
    }
}
