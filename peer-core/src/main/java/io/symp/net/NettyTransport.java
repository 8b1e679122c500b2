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
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.traffic.GlobalTrafficShapingHandler;
import io.netty.handler.traffic.TrafficCounter;
import io.symp.app.AppIdentity;
import io.symp.clock.SystemClock;
import io.symp.core.UserError;
import io.symp.peer.Peer;
import io.symp.peer.PeerThread;
import io.symp.wire.WireLimits;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A peer's TCP transport on Netty: listens for neighbours, dials the ones it is told to join
 * (again and again, with backoff, when a link drops), and frames every message with a 4-byte
 * length (docs/PROTOCOL.md). The only package that imports Netty.
 */
public final class NettyTransport implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NettyTransport.class);
    private static final long BACKOFF_MIN_MS = 100;
    private static final long BACKOFF_MAX_MS = 5_000;
    private static final int SILENT_LINK_SECONDS = io.symp.peer.Limits.SILENT_LINK_SECONDS;

    private final Peer peer;
    private final PeerThread thread;
    private final TransportConfig config;
    private final SessionSecret secret;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final SecureRandom nonces = new SecureRandom();
    // Netty's traffic counter, with no limits set, only counts: all links' bytes, and each
    // second's rate (computed on the event loop).
    private final GlobalTrafficShapingHandler traffic = new GlobalTrafficShapingHandler(group, 1_000);
    private volatile boolean closed;
    private Channel server;
    private long delaySeed;

    public NettyTransport(Peer peer, PeerThread thread, TransportConfig config) {
        this.peer = peer;
        this.thread = thread;
        this.config = config;
        this.secret = config.secured() ? new SessionSecret(config.secret()) : null;
        this.delaySeed = config.seed();
    }

    /** Listens on {@code host:port} (port 0: any free port); returns the port bound. */
    public int listen(String host, int port) {
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(initializer());
        try {
            server = b.bind(host, port).sync().channel();
        } catch (Exception e) {
            throw new UserError("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** Dials {@code host:port} now and whenever the link drops, until closed. */
    public void join(String host, int port) {
        dial(host, port, BACKOFF_MIN_MS);
    }

    private void dial(String host, int port, long backoffMs) {
        if (closed) {
            return;
        }
        Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 3_000)
                .handler(initializer());
        b.connect(host, port).addListener(f -> {
            if (!f.isSuccess()) {
                log.debug("cannot reach {}:{} ({}); again in {} ms", host, port, f.cause().getMessage(), backoffMs);
                retry(host, port, backoffMs);
                return;
            }
            Channel ch = ((io.netty.channel.ChannelFuture) f).channel();
            long connectedAt = SystemClock.INSTANCE.nanos();
            ch.closeFuture().addListener(c -> {
                PeerChannelHandler h = ch.pipeline().get(PeerChannelHandler.class);
                boolean lived = SystemClock.INSTANCE.nanos() - connectedAt > 2_000_000_000L;
                long next = h != null && h.refused() ? BACKOFF_MAX_MS : lived ? BACKOFF_MIN_MS : backoffMs;
                retry(host, port, next);
            });
        });
    }

    private void retry(String host, int port, long backoffMs) {
        if (!closed) {
            group.schedule(() -> dial(host, port, Math.min(BACKOFF_MAX_MS, backoffMs * 2)), backoffMs, TimeUnit.MILLISECONDS);
        }
    }

    private ChannelInitializer<SocketChannel> initializer() {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                byte[] nonce = new byte[Hello.NONCE_BYTES];
                nonces.nextBytes(nonce);
                Hello hello = new Hello(Hello.PROTOCOL_VERSION, config.session(), AppIdentity.of(peer.app()),
                        peer.config().fps(), peer.id(), config.secured(), nonce);
                // Neighbours send a SYNC five times a second: a link silent for longer than this is
                // dead (a vanished process, a cut cable) and is closed, so the dialler tries again.
                ch.pipeline().addLast(traffic);
                ch.pipeline().addLast(new IdleStateHandler(SILENT_LINK_SECONDS, 0, 0));
                ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(WireLimits.FRAME_BYTES_MAX, 0, 4, 0, 4));
                ch.pipeline().addLast(new LengthFieldPrepender(4));
                if (config.linkDelayNanos() > 0 || config.linkJitterNanos() > 0) {
                    ch.pipeline().addLast(new LinkDelay(SystemClock.INSTANCE, config.linkDelayNanos(),
                            config.linkJitterNanos(), delaySeed++));
                }
                ch.pipeline().addLast(new PeerChannelHandler(peer, thread, hello, secret));
            }
        };
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
