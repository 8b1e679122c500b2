package io.symp.record;

import net.openhft.chronicle.bytes.Bytes;

/**
 * The log's varints: unsigned LEB128 (7 bits a byte, low first, at most 10 bytes), the same
 * scheme as the wire's ({@code io.symp.wire.FrameWriter#varint}), written into Chronicle Bytes.
 * For values in [0, 2^63) these are exactly Chronicle's stop-bit bytes ({@code writeStopBit}),
 * which earlier symp versions wrote; a negative value was then written in Chronicle's own form
 * (the complement, then a 0x00 byte after a continuation byte), which LEB128 never produces, so
 * {@link #read} still takes it.
 */
final class LogVarint {
    private LogVarint() {}

    static void write(long v, Bytes<?> out) {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((byte) v);
    }

    static long read(Bytes<?> in) {
        long v = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (in.readRemaining() == 0) {
                throw new IllegalStateException("varint cut short");
            }
            int b = in.readUnsignedByte();
            if (b == 0 && shift > 0) {
                return ~v;
            }
            if (shift < 64) {
                v |= (long) (b & 0x7F) << shift;
            }
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalStateException("varint longer than 10 bytes");
    }
}
