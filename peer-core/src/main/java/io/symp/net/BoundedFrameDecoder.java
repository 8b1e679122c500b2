package io.symp.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.TooLongFrameException;
import java.util.List;

/**
 * Splits the stream into frames after their 4-byte big-endian length, refusing any frame longer
 * than the current bound: small until the handshake completes, then the full frame size
 * ({@link #open}). A partial frame never holds more than the bound.
 */
final class BoundedFrameDecoder extends ByteToMessageDecoder {
    private int frameBytesMax;

    BoundedFrameDecoder(int frameBytesMax) {
        this.frameBytesMax = frameBytesMax;
    }

    /** Raises the bound once the other side is authenticated. */
    void open(int frameBytesMax) {
        this.frameBytesMax = frameBytesMax;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws TooLongFrameException {
        if (in.readableBytes() < 4) {
            return;
        }
        long length = in.getUnsignedInt(in.readerIndex());
        if (length > frameBytesMax) {
            in.skipBytes(in.readableBytes());
            throw new TooLongFrameException("a frame of " + length + " bytes, at most " + frameBytesMax + " here");
        }
        if (in.readableBytes() < 4 + length) {
            return;
        }
        in.skipBytes(4);
        out.add(in.readRetainedSlice((int) length));
    }
}
