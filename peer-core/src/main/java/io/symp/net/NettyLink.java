package io.symp.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.symp.peer.Limits;
import io.symp.peer.Link;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.SyncMessage;
import java.util.ArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A handshaken TCP connection to one neighbour. Safe to use from the peer's thread. What it
 * queues is bounded: past {@link Limits#OUTBOUND_BYTES_PER_LINK_MAX} bytes not yet written (or
 * when Netty reports the channel unwritable past the same high-water mark) the neighbour reads
 * too slowly and the link is closed, rather than memory growing. The count includes bytes the
 * latency injector holds, which Netty's own outbound buffer does not see.
 *
 * <p>Writes are coalesced: {@link #send} only queues the frame, and once the work already
 * queued on the peer's thread is done (the advance or message that sent it, and whatever
 * arrived meanwhile) one task hands every queued frame to the event loop, which writes and
 * flushes them. Everything one advance sends to a neighbour then leaves in one TLS record and
 * one syscall instead of one each (on an idle link: a SYNC and a HASH, ~22 bytes of record
 * overhead each; docs/PERFORMANCE.md, "Idle links"), and wakes the event loop once: a write
 * and a flush asked from another thread were a task each, and often a wakeup each.
 *
 * <p>A SYNC is stamped again as it is written: its clock reading, its network time and (for
 * one that echoes) the time it held the echoed SYNC move on by the time it waited for the
 * event loop, so that wait (the rest of the peer's task, a wakeup: milliseconds on a busy host)
 * is no part of the round trip or the offset either side measures (with
 * {@link io.symp.peer.Peer#received(Link, Message, long)} on the receiving side).
 */
final class NettyLink implements Link {
    private final Channel channel;
    private final long peerId;
    private final PeerChannelHandler handler;
    private final AtomicLong unsentBytes = new AtomicLong();
    /** Runs the flush after the work queued before it: the peer's own thread. */
    private final Executor flusher;
    /** The peer's clock, read on the event loop to stamp a SYNC as it leaves. */
    private final LongSupplier clockNanos;
    /** Frames sent and not yet handed to the event loop (the peer's thread alone). */
    private ArrayList<Frame> queued = new ArrayList<>();
    private final Runnable flush = this::flush;

    /** An encoded message; a SYNC also as itself, to stamp again when it is written. */
    private record Frame(byte[] bytes, SyncMessage sync) {}

    NettyLink(Channel channel, long peerId, PeerChannelHandler handler, Executor flusher, LongSupplier clockNanos) {
        this.channel = channel;
        this.peerId = peerId;
        this.handler = handler;
        this.flusher = flusher;
        this.clockNanos = clockNanos;
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
            unsentBytes.addAndGet(-bytes.length);
            handler.dropLater("the neighbour reads too slowly: " + unsent + " bytes unsent (at most "
                    + Limits.OUTBOUND_BYTES_PER_LINK_MAX + ")");
            return;
        }
        queued.add(new Frame(bytes, message instanceof SyncMessage m ? m : null));
        if (queued.size() == 1) {
            flusher.execute(flush);
        }
    }

    /** Hands every frame queued so far to the event loop in one task, which writes and flushes them. */
    private void flush() {
        ArrayList<Frame> frames = queued;
        if (frames.isEmpty()) {
            return;
        }
        queued = new ArrayList<>(frames.size());
        Runnable write = () -> write(frames);
        if (channel.eventLoop().inEventLoop()) {
            write.run();
        } else {
            try {
                channel.eventLoop().execute(write);
            } catch (RejectedExecutionException e) {
                // The transport is closing: nothing more leaves on any link.
            }
        }
    }

    /** On the event loop: the frames in order (SYNCs stamped again), then one flush. */
    private void write(ArrayList<Frame> frames) {
        for (Frame frame : frames) {
            int counted = frame.bytes().length;
            byte[] bytes = frame.sync() == null ? frame.bytes() : MessageCodec.encode(restamped(frame.sync()));
            channel.write(Unpooled.wrappedBuffer(bytes)).addListener(f -> unsentBytes.addAndGet(-counted));
        }
        channel.flush();
    }

    /** {@code m} as if made now: every time in it moved on by the time since it was. */
    private SyncMessage restamped(SyncMessage m) {
        long waited = clockNanos.getAsLong() - m.sentClockNanos();
        if (waited <= 0) {
            return m;
        }
        return new SyncMessage(m.networkNanos() + waited, m.sentClockNanos() + waited, m.echoClockNanos(),
                m.hasEcho() ? m.heldNanos() + waited : m.heldNanos(), m.clockState());
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
