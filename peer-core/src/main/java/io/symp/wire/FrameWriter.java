package io.symp.wire;

import java.util.Arrays;

/** Appends primitives to a growable byte array: LEB128 varints, zigzag, fixed little-endian. */
public final class FrameWriter {
    private byte[] bytes;
    private int size;

    public FrameWriter(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    public FrameWriter byte1(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
        return this;
    }

    /** An unsigned LEB128 varint (1 byte below 128). */
    public FrameWriter varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
        return this;
    }

    /** A signed value, zigzag encoded so small negatives stay small. */
    public FrameWriter zigzag(long v) {
        return varint((v << 1) ^ (v >> 63));
    }

    public FrameWriter fixed64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            bytes[size++] = (byte) (v >>> (8 * i));
        }
        return this;
    }

    public FrameWriter bytes(byte[] b) {
        varint(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    /** Appends {@code b} as is, without a length prefix (a key, a signature). */
    public FrameWriter fixedBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    public FrameWriter text(String s) {
        return bytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Appends what {@code other} holds, as is. */
    public FrameWriter raw(FrameWriter other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    /** How many bytes {@link #varint} writes for {@code v}. */
    public static int varintBytes(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
