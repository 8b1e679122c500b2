package io.symp.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.symp.peer.Peer;
import io.symp.peer.PeerThread;
import io.symp.wire.FrameReader;
import io.symp.wire.FrameWriter;
import io.symp.wire.MalformedFrameException;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection, from handshake to close. HELLO both ways (refused with a reason on any
 * mismatch); with a secret, AUTH both ways (each signs the other's nonce); then messages, handed
 * to the peer's own thread. A malformed, oversized or unexpected frame closes this connection,
 * with the reason logged; the peer carries on.
 */
final class PeerChannelHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(PeerChannelHandler.class);
    static final int AUTH = 101;
    static final int REFUSE = 102;

    private enum Phase { HELLO, AUTH, UP, CLOSED }

    private final Peer peer;
    private final PeerThread thread;
    private final Hello ours;
    private final SessionSecret secret;
    private Phase phase = Phase.HELLO;
    private Hello theirs;
    private NettyLink link;
    private String closeReason = "connection closed";

    PeerChannelHandler(Peer peer, PeerThread thread, Hello ours, SessionSecret secret) {
        this.peer = peer;
        this.thread = thread;
        this.ours = ours;
        this.secret = secret;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(ours.encode()));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        byte[] frame;
        try {
            frame = ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
        try {
            read(ctx, frame);
        } catch (MalformedFrameException e) {
            drop(ctx, "malformed frame: " + e.getMessage());
        }
    }

    private void read(ChannelHandlerContext ctx, byte[] frame) throws MalformedFrameException {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (phase == Phase.UP) {
            Message m = MessageCodec.decode(frame, 0, frame.length);
            NettyLink l = link;
            thread.execute(() -> peer.received(l, m));
            return;
        }
        FrameReader r = new FrameReader(frame, 0, frame.length);
        int kind = r.byte1();
        if (kind == REFUSE) {
            String reason = r.text("reason");
            log.warn("{} refused the link: {}", ctx.channel().remoteAddress(), reason);
            closeReason = "refused by the other side: " + reason;
            phase = Phase.CLOSED;
            ctx.close();
        } else if (phase == Phase.HELLO && kind == Hello.KIND) {
            hello(ctx, Hello.decode(r));
        } else if (phase == Phase.AUTH && kind == AUTH) {
            byte[] proof = r.bytes(64, "proof");
            r.end();
            if (secret.verify(proof, ours.nonce(), theirs.peerId(), ours.peerId())) {
                up(ctx);
            } else {
                refuse(ctx, "wrong session secret");
            }
        } else {
            refuse(ctx, "unexpected frame of kind " + kind + " during the handshake");
        }
    }

    private void hello(ChannelHandlerContext ctx, Hello h) {
        String mismatch = ours.mismatch(h);
        if (mismatch != null) {
            refuse(ctx, "the other side has " + mismatch);
            return;
        }
        theirs = h;
        if (secret == null) {
            up(ctx);
        } else {
            byte[] proof = secret.proof(h.nonce(), ours.peerId(), h.peerId());
            ctx.writeAndFlush(Unpooled.wrappedBuffer(new FrameWriter(48).byte1(AUTH).bytes(proof).toByteArray()));
            phase = Phase.AUTH;
        }
    }

    private void up(ChannelHandlerContext ctx) {
        phase = Phase.UP;
        link = new NettyLink(ctx.channel(), theirs.peerId());
        NettyLink l = link;
        log.info("link up with {}", l.describe());
        thread.execute(() -> peer.linkUp(l));
    }

    private void refuse(ChannelHandlerContext ctx, String reason) {
        log.warn("refusing link with {}: {}", ctx.channel().remoteAddress(), reason);
        closeReason = "refused: " + reason;
        phase = Phase.CLOSED;
        ctx.writeAndFlush(Unpooled.wrappedBuffer(new FrameWriter(64).byte1(REFUSE).text(reason).toByteArray()))
                .addListener(f -> ctx.close());
    }

    private void drop(ChannelHandlerContext ctx, String reason) {
        log.warn("closing link with {}: {}", ctx.channel().remoteAddress(), reason);
        closeReason = reason;
        phase = Phase.CLOSED;
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof io.netty.handler.timeout.IdleStateEvent) {
            drop(ctx, "silent for too long");
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        drop(ctx, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        NettyLink l = link;
        if (l != null) {
            String reason = closeReason;
            thread.execute(() -> peer.linkDown(l, reason));
        }
    }

    /** Whether this connection was refused (no point in dialling again soon). */
    boolean refused() {
        return closeReason.startsWith("refused");
    }

    /** Why this connection closed (or "connection closed" while it is open). */
    String closeReason() {
        return closeReason;
    }
}
