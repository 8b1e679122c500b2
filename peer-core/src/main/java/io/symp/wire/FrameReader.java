package io.symp.wire;

/**
 * Reads what {@link FrameWriter} writes, from an untrusted frame: every read checks what is left
 * and every length is bounded before anything is allocated.
 */
public final class FrameReader {
    private final byte[] bytes;
    private int pos;
    private final int limit;

    public FrameReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.pos = offset;
        this.limit = offset + length;
    }

    public int byte1() throws MalformedFrameException {
        need(1, "byte");
        return bytes[pos++] & 0xFF;
    }

    public long varint() throws MalformedFrameException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1, "varint");
            byte b = bytes[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new MalformedFrameException("varint longer than 10 bytes at offset " + pos);
    }

    /** A varint that must lie in {@code [0, max]}. */
    public int count(long max, String what) throws MalformedFrameException {
        long v = varint();
        if (v < 0 || v > max) {
            throw new MalformedFrameException(what + " " + v + " out of range 0.." + max);
        }
        return (int) v;
    }

    public long zigzag() throws MalformedFrameException {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    public long fixed64() throws MalformedFrameException {
        need(8, "64-bit value");
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (bytes[pos++] & 0xFFL) << (8 * i);
        }
        return v;
    }

    public byte[] bytes(int max, String what) throws MalformedFrameException {
        int n = count(max, what + " length");
        need(n, what);
        byte[] b = java.util.Arrays.copyOfRange(bytes, pos, pos + n);
        pos += n;
        return b;
    }

    /** Exactly {@code n} raw bytes (a key, a signature): no length prefix. */
    public byte[] fixedBytes(int n, String what) throws MalformedFrameException {
        need(n, what);
        byte[] b = java.util.Arrays.copyOfRange(bytes, pos, pos + n);
        pos += n;
        return b;
    }

    public String text(String what) throws MalformedFrameException {
        return new String(bytes(WireLimits.TEXT_BYTES_MAX, what), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean atEnd() {
        return pos == limit;
    }

    public void end() throws MalformedFrameException {
        if (pos != limit) {
            throw new MalformedFrameException((limit - pos) + " unexpected bytes at the end of the frame");
        }
    }

    private void need(int n, String what) throws MalformedFrameException {
        if (n < 0 || limit - pos < n) {
            throw new MalformedFrameException("frame truncated: " + what + " needs " + n + " bytes, "
                    + (limit - pos) + " left");
        }
    }
}
