package io.symp.net;

import static io.symp.net.TestPeers.await;
import static io.symp.net.TestPeers.links;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.symp.clock.SystemClock;
import io.symp.peer.Link;
import io.symp.peer.PeerListener;
import java.io.DataInputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Injected latency over real loopback TCP: jitter delays writes, it never reorders them. */
class LinkDelayTest {
    @Test
    void shouldKeepTheOrderOfWritesUnderHeavyJitter() throws Exception {
        int frames = 3_000;
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            // 2 ms mean, 20 ms deviation: most writes are clamped to an earlier one's time.
                            ch.pipeline().addLast(new LinkDelay(SystemClock.INSTANCE, 2_000_000, 20_000_000, 7));
                            ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                                @Override
                                public void channelActive(ChannelHandlerContext ctx) {
                                    for (int i = 0; i < frames; i++) {
                                        ctx.writeAndFlush(Unpooled.buffer(4).writeInt(i));
                                    }
                                }
                            });
                        }
                    }).bind(InetAddress.getLoopbackAddress(), 0).sync().channel();
            int port = ((java.net.InetSocketAddress) server.localAddress()).getPort();
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(10_000);
                DataInputStream in = new DataInputStream(s.getInputStream());
                for (int i = 0; i < frames; i++) {
                    assertEquals(i, in.readInt(), "write " + i + " arrived in its place");
                }
            }
            server.close().sync();
        } finally {
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).sync();
        }
    }

    @Test
    void shouldHandshakeAndStayLinkedOverJitteredSecuredLinks() throws Exception {
        byte[] secret = "jitter".getBytes(StandardCharsets.UTF_8);
        try (TestPeers peers = new TestPeers()) {
            PeerIdentity ka = PeerIdentity.generate();
            NetworkPeer a = peers.peer(ka.id(), TransportConfig.secured("j", secret, ka)
                    .withLinkDelay(50_000_000, 200_000_000), false);
            int port = a.start("127.0.0.1", 0);
            AtomicInteger downs = new AtomicInteger();
            a.execute(() -> a.peer().addListener(new PeerListener() {
                @Override
                public void linkDown(Link link, String reason) {
                    downs.incrementAndGet();
                }
            }));
            NetworkPeer[] others = new NetworkPeer[4];
            for (int i = 0; i < others.length; i++) {
                PeerIdentity k = PeerIdentity.generate();
                others[i] = peers.peer(k.id(), TransportConfig.secured("j", secret, k)
                        .withLinkDelay(50_000_000, 200_000_000), true);
                others[i].start("127.0.0.1", 0);
                others[i].join("127.0.0.1", port);
            }
            await("four jittered links up", 15_000, () -> links(a) == 4);
            Thread.sleep(2_000);
            assertEquals(4, links(a));
            assertEquals(0, downs.get(), "no link refused or dropped under jitter");
        }
    }
}
