package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.symp.wire.HashMessage;
import io.symp.wire.MessageCodec;
import io.symp.wire.SyncMessage;
import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

class NettyLinkTest {
    @Test
    void shouldFlushEverythingOneTaskSentOnceThatTaskIsDone() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel();
        ArrayDeque<Runnable> peerThread = new ArrayDeque<>();
        NettyLink link = new NettyLink(channel, 7, null, peerThread::add, () -> 2_000);
        SyncMessage sync = new SyncMessage(1_000, 2_000, 3_000, 40, SyncMessage.SETTLED);
        HashMessage hash = new HashMessage(50, 0x1234, 3, 0x5678);

        link.send(sync);
        link.send(hash);
        assertNull(channel.readOutbound(), "nothing leaves before the sending task is done");
        assertEquals(1, peerThread.size(), "one flush for both frames");
        peerThread.poll().run();
        assertEquals(sync, decode(channel.readOutbound()));
        assertEquals(hash, decode(channel.readOutbound()));

        link.send(sync);
        assertEquals(1, peerThread.size(), "a frame after the flush queues a flush of its own");
        peerThread.poll().run();
        assertEquals(sync, decode(channel.readOutbound()));
        channel.finishAndReleaseAll();
    }

    @Test
    void shouldStampASyncAgainWithTheTimeItWaitedForTheEventLoop() throws Exception {
        EmbeddedChannel channel = new EmbeddedChannel();
        ArrayDeque<Runnable> peerThread = new ArrayDeque<>();
        long[] clock = {2_000};
        NettyLink link = new NettyLink(channel, 7, null, peerThread::add, () -> clock[0]);
        SyncMessage answer = new SyncMessage(1_000, 2_000, 1_500, 40, SyncMessage.SETTLED);
        SyncMessage request = new SyncMessage(1_000, 2_000, 0, SyncMessage.NO_ECHO, SyncMessage.SYNCED);
        HashMessage hash = new HashMessage(50, 0x1234, 3, 0x5678);

        link.send(answer);
        link.send(request);
        link.send(hash);
        clock[0] = 9_000; // 7 µs later the event loop writes them
        peerThread.poll().run();
        assertEquals(new SyncMessage(8_000, 9_000, 1_500, 7_040, SyncMessage.SETTLED), decode(channel.readOutbound()),
                "network time, clock and held time 7 µs on; the echo as it was");
        assertEquals(new SyncMessage(8_000, 9_000, 0, SyncMessage.NO_ECHO, SyncMessage.SYNCED), decode(channel.readOutbound()),
                "a bare request holds nothing");
        assertEquals(hash, decode(channel.readOutbound()), "other messages as they were");
        channel.finishAndReleaseAll();
    }

    private static Object decode(ByteBuf buf) throws Exception {
        byte[] bytes = ByteBufUtil.getBytes(buf);
        buf.release();
        return MessageCodec.decode(bytes, 0, bytes.length);
    }
}
