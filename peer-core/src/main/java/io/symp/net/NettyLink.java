package io.symp.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.symp.peer.Link;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;

/** A handshaken TCP connection to one neighbour. Safe to use from the peer's thread. */
final class NettyLink implements Link {
    private final Channel channel;
    private final long peerId;

    NettyLink(Channel channel, long peerId) {
        this.channel = channel;
        this.peerId = peerId;
    }

    @Override
    public long peerId() {
        return peerId;
    }

    @Override
    public void send(Message message) {
        if (channel.isActive()) {
            channel.writeAndFlush(Unpooled.wrappedBuffer(MessageCodec.encode(message)));
        }
    }

    @Override
    public void close(String reason) {
        channel.close();
    }

    @Override
    public String describe() {
        return String.valueOf(channel.remoteAddress()).replaceFirst("^/", "") + " (peer " + Long.toUnsignedString(peerId) + ")";
    }
}
