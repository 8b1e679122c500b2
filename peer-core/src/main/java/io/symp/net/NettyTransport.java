package io.symp.net;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.traffic.GlobalTrafficShapingHandler;
import io.netty.handler.traffic.TrafficCounter;
import io.symp.app.AppIdentity;
import io.symp.clock.SystemClock;
import io.symp.core.RateLimitedWarnings;
import io.symp.core.UserError;
import io.symp.peer.Peer;
import io.symp.peer.PeerThread;
import io.symp.wire.WireLimits;
import io.symp.peer.Limits;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peer's TCP transport on Netty: listens for neighbours, dials the ones it is told to join
 * (again and again, with backoff, when a link drops), runs TLS 1.3 on every link, and frames
 * every message with a 4-byte length (docs/PROTOCOL.md, docs/SECURITY.md). Connections are
 * bounded before they are trusted ({@link ConnectionLimiter}). The only package that imports
 * Netty.
 */
public final class NettyTransport implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NettyTransport.class);
    private static final long BACKOFF_MIN_MS = Limits.REDIAL_BACKOFF_MIN_MS;
    private static final long BACKOFF_MAX_MS = Limits.REDIAL_BACKOFF_MAX_MS;
    private static final long UNREACHABLE_RETRY_MAX_MS = 1_000;
    private static final int SILENT_LINK_SECONDS = Limits.SILENT_LINK_SECONDS;
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(
            Limits.OUTBOUND_BYTES_PER_LINK_MAX / 2, Limits.OUTBOUND_BYTES_PER_LINK_MAX);

    private final Peer peer;
    private final PeerThread thread;
    private final TransportConfig config;
    private final TlsContexts tls;
    private final LinkContext shared;
    // One event loop: every handler, the limiter and the registry run on its thread alone.
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final LinkAttempts attempts = new LinkAttempts();
    /** Each address this peer dials, and its latest connection (empty: none yet). */
    private final java.util.Map<String, java.util.Optional<Channel>> dialled = new java.util.concurrent.ConcurrentHashMap<>();
    // Netty's traffic counter, with no limits set, only counts: all links' bytes, and each
    // second's rate (computed on the event loop).
    private final GlobalTrafficShapingHandler traffic = new GlobalTrafficShapingHandler(group, 1_000);
    private volatile boolean closed;
    private Channel server;
    private long delaySeed;
    private long limitWarnedNanos;
    private boolean limitWarned;

    /**
     * @throws IllegalArgumentException in a secured session, when the peer's id is not the id of
     *                                  its identity key (only open sessions allow claimed ids)
     */
    public NettyTransport(Peer peer, PeerThread thread, TransportConfig config) {
        this.peer = peer;
        this.thread = thread;
        this.config = config;
        // Mixed with the id: peers given the same --seed inject different jitter on their links.
        this.delaySeed = io.symp.core.Mix.mix64(config.seed() * 0x9E37_79B9_7F4A_7C15L + peer.id());
        PeerIdentity identity = config.identity() != null ? config.identity() : PeerIdentity.generate();
        if (config.secured() && identity.id() != peer.id()) {
            throw new IllegalArgumentException("in a secured session the peer id must be its key's: "
                    + Long.toUnsignedString(identity.id()) + ", not " + Long.toUnsignedString(peer.id()));
        }
        this.tls = new TlsContexts(identity, SessionAuthority.of(config.secret()));
        // The app's identity hashes its classes: once here, not per connection on the event loop.
        Hello hello = new Hello(Hello.PROTOCOL_VERSION, config.session(), AppIdentity.of(peer.app()),
                peer.config().fps(), peer.id());
        this.shared = new LinkContext(peer, thread, hello, config.secured(), new LinkRegistry(peer.id()),
                new ConnectionLimiter(), new RateLimitedWarnings(LoggerFactory.getLogger(PeerChannelHandler.class), 1_000_000_000L));
    }

    /** Listens on {@code host:port} (port 0: any free port); returns the port bound. */
    public int listen(String host, int port) {
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .childHandler(initializer(null));
        try {
            server = b.bind(host, port).sync().channel();
        } catch (Exception e) {
            throw new UserError("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Dials {@code host:port} now and whenever the link drops, until closed. */
    public void join(String host, int port) {
        dialled.putIfAbsent(host + ":" + port, java.util.Optional.empty());
        dial(host, port, BACKOFF_MIN_MS);
    }

    /** Whether this peer dials anyone and the latest connection to each address it dials is up; any thread. */
    public boolean everyDialLinked() {
        if (dialled.isEmpty()) {
            return false;
        }
        for (java.util.Optional<Channel> ch : dialled.values()) {
            PeerChannelHandler h = ch.map(NettyTransport::handlerOf).orElse(null);
            if (h == null || !h.linkUp()) {
                return false;
            }
        }
        return true;
    }

    private void dial(String host, int port, long backoffMs) {
        if (closed) {
            return;
        }
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 3_000)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .handler(initializer(host + ":" + port));
        b.connect(host, port).addListener(f -> {
            if (!f.isSuccess()) {
                // Nobody listening yet (a neighbour still starting): cheap to ask again soon.
                long again = Math.min(backoffMs, UNREACHABLE_RETRY_MAX_MS);
                log.debug("cannot reach {}:{} ({}); again in {} ms", host, port, f.cause().getMessage(), again);
                retry(host, port, again);
                return;
            }
            Channel ch = ((io.netty.channel.ChannelFuture) f).channel();
            dialled.put(host + ":" + port, java.util.Optional.of(ch));
            long connectedAt = SystemClock.INSTANCE.nanos();
            ch.closeFuture().addListener(c -> {
                PeerChannelHandler h = handlerOf(ch);
                boolean lived = SystemClock.INSTANCE.nanos() - connectedAt > 2_000_000_000L;
                long next = h != null && h.refused() ? BACKOFF_MAX_MS : lived ? BACKOFF_MIN_MS : backoffMs;
                retry(host, port, next);
            });
        });
    }

    /** The connection's handler, kept after the pipeline is torn down on close. */
    private static PeerChannelHandler handlerOf(Channel ch) {
        return ch.pipeline().get(PeerChannelHandler.class);
    }

    private void retry(String host, int port, long backoffMs) {
        if (!closed) {
            group.schedule(() -> dial(host, port, Math.min(BACKOFF_MAX_MS, Math.max(BACKOFF_MIN_MS, backoffMs * 2))),
                    backoffMs, TimeUnit.MILLISECONDS);
        }
    }

    /** The pipeline of a connection dialled to {@code dialled} ("host:port"), or accepted (null). */
    private ChannelInitializer<SocketChannel> initializer(String dialled) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                String address = dialled != null ? dialled : ch.remoteAddress().getAddress().getHostAddress();
                if (dialled == null && !admit(ch, address)) {
                    return;
                }
                ch.pipeline().addLast(traffic);
                if (config.linkDelayNanos() > 0 || config.linkJitterNanos() > 0) {
                    // Below TLS: the injected delay applies to every byte, handshake included.
                    ch.pipeline().addLast(new LinkDelay(SystemClock.INSTANCE, config.linkDelayNanos(),
                            config.linkJitterNanos(), delaySeed++));
                }
                SslHandler ssl = tls.newHandler(ch.alloc(), dialled != null);
                ssl.setHandshakeTimeoutMillis(Limits.HANDSHAKE_DEADLINE_MS);
                ch.pipeline().addLast(ssl);
                // Neighbours send a SYNC ten times a second, or once (0.5-1.5 s apart) on a quiet
                // link, with a HASH each second: a link silent for longer than this is dead (a
                // vanished process, a cut cable) and is closed, so the dialler tries again.
                ch.pipeline().addLast(new IdleStateHandler(SILENT_LINK_SECONDS, 0, 0));
                ch.pipeline().addLast(new BoundedFrameDecoder(WireLimits.HANDSHAKE_FRAME_BYTES_MAX));
                ch.pipeline().addLast(new LengthFieldPrepender(4));
                PeerChannelHandler handler = new PeerChannelHandler(shared, dialled != null, address);
                ch.pipeline().addLast(handler);
                ch.closeFuture().addListener(f -> attempts.closed(handler.refusedForGood(), handler.closeReason()));
            }
        };
    }

    /** Whether an accepted connection may start its handshake ({@link ConnectionLimiter}). */
    private boolean admit(SocketChannel ch, String address) {
        if (shared.limiter().admit(ch, address)) {
            ch.closeFuture().addListener(f -> shared.limiter().done(ch, address));
            return true;
        }
        ch.close();
        long now = SystemClock.INSTANCE.nanos();
        if (!limitWarned || now - limitWarnedNanos > 10_000_000_000L) {
            limitWarned = true;
            limitWarnedNanos = now;
            log.warn("refusing connections from {}: too many unfinished handshakes (at most {} per address, {} in all);"
                    + " {} refused so far", address, Limits.PENDING_HANDSHAKES_PER_ADDRESS_MAX,
                    Limits.PENDING_HANDSHAKES_MAX, shared.limiter().refused());
        }
        return false;
    }

    /** Connections accepted that have not finished their handshake; any thread may ask. */
    public int pendingHandshakes() {
        return call(() -> shared.limiter().pending());
    }

    /** Handshaken links; any thread may ask. */
    public int links() {
        return call(() -> shared.registry().size());
    }

    private <T> T call(java.util.concurrent.Callable<T> task) {
        try {
            return group.submit(task).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("transport did not answer", e);
        }
    }

    /** The links refused at the handshake, dialled or accepted. */
    public LinkAttempts attempts() {
        return attempts;
    }

    /** Bytes sent and received over every link so far. */
    public Traffic traffic() {
        TrafficCounter c = traffic.trafficCounter();
        return new Traffic(c.cumulativeWrittenBytes(), c.cumulativeReadBytes(),
                c.lastWriteThroughput(), c.lastReadThroughput());
    }

    /** Stops listening and dialling and closes every link; closing again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        traffic.release();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
