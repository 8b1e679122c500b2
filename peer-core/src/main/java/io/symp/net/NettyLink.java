package io.symp.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.symp.peer.Limits;
import io.symp.peer.Link;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A handshaken TCP connection to one neighbour. Safe to use from the peer's thread. What it
 * queues is bounded: past {@link Limits#OUTBOUND_BYTES_PER_LINK_MAX} bytes not yet written (or
 * when Netty reports the channel unwritable past the same high-water mark) the neighbour reads
 * too slowly and the link is closed, rather than memory growing. The count includes bytes the
 * latency injector holds, which Netty's own outbound buffer does not see.
 *
 * <p>Writes are coalesced: the peer's thread queues encoded messages, and one task on the
 * event loop writes every message queued so far and flushes once, so what a tick sends to a
 * neighbour leaves in one flush (one syscall, fewer TLS records and TCP segments), not one per
 * message. Only the last write of a batch carries a promise, which returns the batch's bytes to
 * the unsent count; writes complete in order, so it completes last.
 */
final class NettyLink implements Link {
    private final Channel channel;
    private final long peerId;
    private final PeerChannelHandler handler;
    private final AtomicLong unsentBytes = new AtomicLong();
    private final Queue<byte[]> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;

    NettyLink(Channel channel, long peerId, PeerChannelHandler handler) {
        this.channel = channel;
        this.peerId = peerId;
        this.handler = handler;
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
        queued.add(bytes);
        if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(drain);
        }
    }

    /** On the event loop: writes what is queued, then flushes once. */
    private void drain() {
        drainScheduled.set(false);
        if (!channel.isActive()) {
            queued.clear();
            return;
        }
        byte[] bytes = queued.poll();
        long batchBytes = 0;
        while (bytes != null) {
            batchBytes += bytes.length;
            byte[] next = queued.poll();
            if (next == null) {
                long done = batchBytes;
                channel.write(Unpooled.wrappedBuffer(bytes)).addListener(f -> unsentBytes.addAndGet(-done));
            } else {
                channel.write(Unpooled.wrappedBuffer(bytes), channel.voidPromise());
            }
            bytes = next;
        }
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
