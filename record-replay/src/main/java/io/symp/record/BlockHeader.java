package io.symp.record;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The 16 bytes before every block's payload: the block magic {@code SYBK}, the payload length
 * and the payload's CRC32C (all little-endian), then a CRC32C of those 12 bytes. The header's own
 * checksum tells a damaged length (damage, reported) from a cut tail (a crash, read up to it);
 * the magic lets a reader find the next block after a damaged one (docs/LOG-FORMAT.md).
 */
final class BlockHeader {
    static final int BYTES = 16;
    static final int MAGIC = 'S' | 'Y' << 8 | 'B' << 16 | 'K' << 24;

    private BlockHeader() {}

    /** Writes the header of a payload of {@code length} bytes with checksum {@code payloadCrc}. */
    static void write(ByteBuffer out, int length, int payloadCrc) {
        out.order(ByteOrder.LITTLE_ENDIAN).clear();
        out.putInt(MAGIC).putInt(length).putInt(payloadCrc);
        out.putInt(crc(out.array(), 0));
    }

    /** Whether the 16 bytes at {@code pos} are a header whose own checksum matches. */
    static boolean valid(byte[] data, int pos) {
        if (data.length - pos < BYTES) {
            return false;
        }
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        return buf.getInt(pos) == MAGIC && buf.getInt(pos + 12) == crc(data, pos);
    }

    static int length(byte[] data, int pos) {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(pos + 4);
    }

    static int payloadCrc(byte[] data, int pos) {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(pos + 8);
    }

    static int crc(byte[] data, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    private static int crc(byte[] data, int pos) {
        return crc(data, pos, 12);
    }
}
