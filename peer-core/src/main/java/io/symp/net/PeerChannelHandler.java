package io.symp.net;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleStateEvent;
import io.symp.clock.SystemClock;
import io.symp.peer.Limits;
import io.symp.wire.FrameReader;
import io.symp.wire.FrameWriter;
import io.symp.wire.MalformedFrameException;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import io.symp.wire.WireLimits;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection, from handshake to close. TLS 1.3 first (mutual, {@link PeerTrust}); then
 * HELLO both ways inside it (refused with a reason on any mismatch, on a peer id that is not its
 * key's in a secured session, or on a duplicate, {@link LinkRegistry}); then messages, handed to
 * the peer's own thread. Before the handshake completes frames are small and a deadline runs.
 * A malformed, oversized, unexpected or tampered frame closes this connection, with one line
 * logged; the peer carries on, the dialler dials again, and repair brings what was lost.
 */
final class PeerChannelHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(PeerChannelHandler.class);
    static final int REFUSE = 102;

    private enum Phase { TLS, HELLO, UP, CLOSED }

    private final LinkContext shared;
    private final boolean dialled;
    private final String address;
    private Phase phase = Phase.TLS;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> deadline;
    private byte[] theirKey;
    private long theirId;
    private boolean verified;
    private long lastReadNanos;
    private NettyLink link;
    private InboundBudget inbound;
    private String closeReason = "connection closed";
    /** Whether the link is up: {@link #phase} for other threads. */
    private volatile boolean linkUp;

    PeerChannelHandler(LinkContext shared, boolean dialled, String address) {
        this.shared = shared;
        this.dialled = dialled;
        this.address = address;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        lastReadNanos = SystemClock.INSTANCE.nanos();
        deadline = ctx.executor().schedule(() -> drop("no handshake within " + Limits.HANDSHAKE_DEADLINE_MS + " ms"),
                Limits.HANDSHAKE_DEADLINE_MS, TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SslHandshakeCompletionEvent done) {
            if (done.isSuccess()) {
                tlsUp();
            } else {
                drop(TlsFailures.describe(done.cause()));
            }
        } else if (event instanceof IdleStateEvent) {
            // Before the link is up the handshake deadline rules: a loaded machine may take
            // seconds over a first TLS handshake, and silence then is not death.
            if (phase == Phase.UP) {
                drop("silent for too long");
            }
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    private void tlsUp() {
        if (phase != Phase.TLS) {
            return;
        }
        try {
            Certificate[] chain = ctx.pipeline().get(SslHandler.class).engine().getSession().getPeerCertificates();
            theirKey = PeerIdentity.rawEd25519(((X509Certificate) chain[0]).getPublicKey());
        } catch (SSLPeerUnverifiedException | ClassCastException e) {
            theirKey = null;
        }
        if (theirKey == null) {
            drop("TLS handshake gave no Ed25519 peer key");
            return;
        }
        phase = Phase.HELLO;
        // The dialler speaks first; the accepting side answers only a HELLO it accepts, so a
        // refused dialler never sees a link come up.
        if (dialled) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(shared.ours().encode()));
        }
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
        lastReadNanos = SystemClock.INSTANCE.nanos();
        try {
            if (phase == Phase.UP && frame.length > 0 && (frame[0] & 0xff) == REFUSE) {
                // The dialler refused our HELLO (it already holds a link to us): not a message.
                handshake(new FrameReader(frame, 0, frame.length));
            } else if (phase == Phase.UP) {
                deliver(MessageCodec.decode(frame, 0, frame.length), frame.length);
            } else if (phase == Phase.TLS && ctx.pipeline().get(SslHandler.class).handshakeFuture().isSuccess()) {
                // The first frame can come before the handshake's completion event: same handshake.
                tlsUp();
                if (phase == Phase.HELLO) {
                    handshake(new FrameReader(frame, 0, frame.length));
                }
            } else if (phase == Phase.HELLO) {
                handshake(new FrameReader(frame, 0, frame.length));
            }
        } catch (MalformedFrameException e) {
            drop("malformed frame: " + e.getMessage());
        }
    }

    private void handshake(FrameReader r) throws MalformedFrameException {
        int kind = r.byte1();
        if (kind == REFUSE) {
            String reason = r.text("reason");
            warnUnlessLinked("{} refused the link: {}", address, reason);
            closeReason = "refused by the other side: " + reason;
            phase = Phase.CLOSED;
            ctx.close();
        } else if (kind == Hello.KIND && phase == Phase.HELLO) {
            hello(Hello.decode(r));
        } else {
            refuse("unexpected frame of kind " + kind + " during the handshake");
        }
    }

    private void hello(Hello h) {
        String mismatch = shared.ours().mismatch(h);
        if (mismatch != null) {
            if (!dialled) {
                // A mismatch is mutual: our HELLO lets the dialler name it in its own words.
                ctx.writeAndFlush(Unpooled.wrappedBuffer(shared.ours().encode()));
            }
            // The same mismatch, worded for each side: its own log, and the REFUSE the other reads.
            refuse("the other side has " + mismatch, "the other side has " + h.mismatch(shared.ours()));
            return;
        }
        long keyId = PeerIdentity.idOf(theirKey);
        verified = h.peerId() == keyId;
        if (!verified && shared.secured()) {
            refuse("peer id " + Long.toUnsignedString(h.peerId()) + " is not the id of its key ("
                    + Long.toUnsignedString(keyId) + ")");
            return;
        }
        theirId = h.peerId();
        String refusal = shared.registry().claim(this, SystemClock.INSTANCE.nanos());
        if (refusal != null) {
            theirId = 0;
            refuse(refusal);
            return;
        }
        if (!dialled) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(shared.ours().encode()));
        }
        up();
    }

    private void up() {
        phase = Phase.UP;
        linkUp = true;
        deadline.cancel(false);
        shared.limiter().done(ctx.channel(), address);
        ctx.pipeline().get(BoundedFrameDecoder.class).open(WireLimits.FRAME_BYTES_MAX);
        inbound = new InboundBudget(ctx.channel());
        link = new NettyLink(ctx.channel(), theirId, this, shared.thread());
        NettyLink l = link;
        log.info("link up with {}{}", l.describe(), verified ? "" : " (claimed id, not proven by a key)");
        shared.thread().execute(() -> shared.peer().linkUp(l));
    }

    /** Hands a message to the peer's thread, within the link's {@link InboundBudget}. */
    private void deliver(Message m, int bytes) {
        inbound.taken(bytes);
        NettyLink l = link;
        shared.thread().execute(() -> {
            try {
                shared.peer().received(l, m);
            } finally {
                inbound.done(bytes);
            }
        });
    }

    private void refuse(String reason) {
        refuse(reason, reason);
    }

    /** Refuses with {@code reason} in this side's log and {@code theirReason} in the REFUSE sent. */
    private void refuse(String reason, String theirReason) {
        warnUnlessLinked("refusing link with {}: {}", address, reason);
        closeReason = "refused: " + reason;
        phase = Phase.CLOSED;
        byte[] frame = new FrameWriter(64).byte1(REFUSE).text(theirReason).toByteArray();
        ctx.writeAndFlush(Unpooled.wrappedBuffer(frame)).addListener(f -> ctx.close());
    }

    /**
     * A refusal's line: a warning (rate-limited), or at debug level for a second connection to
     * a process already linked (two peers that dial each other): routine, every few seconds for
     * as long as both dial.
     */
    private void warnUnlessLinked(String format, Object... args) {
        if (shared.registry().linkedWith(theirKey, this)) {
            log.debug(format, args);
        } else {
            shared.strangers().warn(SystemClock.INSTANCE.nanos(), format, args);
        }
    }

    /** Closes the connection, logging why in one line (once). Event loop only. */
    void drop(String reason) {
        if (phase == Phase.CLOSED) {
            return;
        }
        if (link != null) {
            log.warn("closing link with {}: {}", link.describe(), reason);
        } else if (reason.startsWith("TLS") || dialled) {
            shared.strangers().warn(SystemClock.INSTANCE.nanos(), "closing connection with {}: {}", address, reason);
        } else {
            // Silent, vanished or too slow before proving anything: a flood is not news.
            log.debug("closing connection with {}: {}", address, reason);
        }
        closeReason = reason;
        phase = Phase.CLOSED;
        ctx.close();
    }

    /** Closes the connection from any thread. */
    void dropLater(String reason) {
        ctx.executor().execute(() -> drop(reason));
    }

    /** A newer link to the same peer took this one's place. Event loop only. */
    void replaced(String reason) {
        log.info("closing link with {}: {}", link != null ? link.describe() : address, reason);
        closeReason = reason;
        phase = Phase.CLOSED;
        ctx.close();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        drop(TlsFailures.describe(cause));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
        linkUp = false;
        if (phase == Phase.UP) {
            // Closed from the other end (a peer that stopped, or was killed): a line at -v, as
            // every other way a link ends has one.
            log.info("link with {} closed by the other side", link.describe());
        }
        phase = Phase.CLOSED;
        shared.registry().release(this);
        NettyLink l = link;
        if (l != null) {
            String reason = closeReason;
            shared.thread().execute(() -> shared.peer().linkDown(l, reason));
        }
        ctx.fireChannelInactive();
    }

    /** Whether this connection was refused (no point in dialling again soon). */
    boolean refused() {
        if (closeReason.contains("already linked")) {
            return false; // the old link may be on its way out: try again at the usual pace
        }
        return closeReason.startsWith("refused") || closeReason.startsWith("TLS handshake failed");
    }

    /**
     * Whether this connection was one this peer dialled and was refused for a reason that will
     * not go away by waiting (another app build, session, tick rate or secret): what
     * {@link LinkAttempts} counts to tell a peer nobody will link with. Not a handshake that
     * timed out (a loaded machine: 21 JVMs starting on two cores), and not a connection someone
     * else opened: a stranger's, or a misconfigured neighbour's, must not make a listening
     * peer give up its run.
     */
    boolean refusedForGood() {
        return dialled && refused() && !closeReason.equals(TlsFailures.HANDSHAKE_TIMED_OUT);
    }

    /** Whether the link is up now; any thread may ask. */
    boolean linkUp() {
        return linkUp;
    }

    boolean dialled() {
        return dialled;
    }

    boolean verified() {
        return verified;
    }

    long theirId() {
        return theirId;
    }

    byte[] theirKey() {
        return theirKey;
    }

    long lastReadNanos() {
        return lastReadNanos;
    }

    /** Why this connection closed (or "connection closed" while it is open). */
    String closeReason() {
        return closeReason;
    }
}
