package io.symp.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.symp.peer.Limits;
import io.symp.peer.Link;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A handshaken TCP connection to one neighbour. Safe to use from the peer's thread. What it
 * queues is bounded: past {@link Limits#OUTBOUND_BYTES_PER_LINK_MAX} bytes not yet written (or
 * when Netty reports the channel unwritable past the same high-water mark) the neighbour reads
 * too slowly and the link is closed, rather than memory growing. The count includes bytes the
 * latency injector holds, which Netty's own outbound buffer does not see.
 */
final class NettyLink implements Link {
    private final Channel channel;
    private final long peerId;
    private final PeerChannelHandler handler;
    private final AtomicLong unsentBytes = new AtomicLong();

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
        channel.writeAndFlush(Unpooled.wrappedBuffer(bytes)).addListener(f -> unsentBytes.addAndGet(-bytes.length));
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
