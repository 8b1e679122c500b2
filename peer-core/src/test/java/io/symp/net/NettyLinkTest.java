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
        NettyLink link = new NettyLink(channel, 7, null, peerThread::add);
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

    private static Object decode(ByteBuf buf) throws Exception {
        byte[] bytes = ByteBufUtil.getBytes(buf);
        buf.release();
        return MessageCodec.decode(bytes, 0, bytes.length);
    }
}
