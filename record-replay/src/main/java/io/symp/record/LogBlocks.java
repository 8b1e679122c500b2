package io.symp.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A log file cut into its blocks. A header whose own checksum fails, or a payload whose checksum
 * fails, is damage at that offset; the split then looks for the next block magic followed by a
 * valid header and payload and goes on from there. Only a header or payload running past the
 * end of the file is a cut tail (what a crash leaves).
 *
 * @param payloads     whole, checksummed payloads in file order (after damage too)
 * @param offsets      the byte offset of each payload's block
 * @param damage       why the first damaged block is damaged, or null
 * @param damageOffset where it starts, or -1
 * @param cutAt        where the cut last block starts, or -1
 */
record LogBlocks(List<byte[]> payloads, List<Long> offsets, String damage, long damageOffset, long cutAt) {
    static LogBlocks split(byte[] data) {
        List<byte[]> payloads = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        String damage = null;
        long damageAt = -1;
        int pos = 0;
        while (pos < data.length) {
            String problem = problem(data, pos);
            if (problem == null) {
                int length = BlockHeader.length(data, pos);
                int start = pos + BlockHeader.BYTES;
                payloads.add(Arrays.copyOfRange(data, start, start + length));
                offsets.add((long) pos);
                pos = start + length;
                continue;
            }
            if (problem.equals(CUT)) {
                return new LogBlocks(payloads, offsets, damage, damageAt, pos);
            }
            if (damage == null) {
                damage = problem;
                damageAt = pos;
            }
            pos = nextCandidate(data, pos + 1);
        }
        return new LogBlocks(payloads, offsets, damage, damageAt, -1);
    }

    private static final String CUT = "cut";

    /** What is wrong with the block at {@code pos}: null, {@link #CUT}, or damage. */
    private static String problem(byte[] data, int pos) {
        if (data.length - pos < BlockHeader.BYTES) {
            return isPrefixOfAHeader(data, pos) ? CUT : "not a block header";
        }
        if (!BlockHeader.valid(data, pos)) {
            return "block header checksum mismatch";
        }
        int length = BlockHeader.length(data, pos);
        if (length <= 0 || length > LogWriter.MAX_BLOCK) {
            return "block length " + length;
        }
        if (data.length - pos - BlockHeader.BYTES < length) {
            return CUT;
        }
        int crc = BlockHeader.crc(data, pos + BlockHeader.BYTES, length);
        return crc == BlockHeader.payloadCrc(data, pos) ? null : "payload checksum mismatch";
    }

    /** A tail shorter than a header is a cut if it starts like one (the magic, as far as it goes). */
    private static boolean isPrefixOfAHeader(byte[] data, int pos) {
        for (int i = 0; i < Math.min(4, data.length - pos); i++) {
            if ((data[pos + i] & 0xff) != ((BlockHeader.MAGIC >>> (8 * i)) & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** The next offset from {@code from} that starts a whole valid block, or the end. */
    private static int nextCandidate(byte[] data, int from) {
        for (int pos = from; pos + BlockHeader.BYTES <= data.length; pos++) {
            if (data[pos] == (byte) BlockHeader.MAGIC && BlockHeader.valid(data, pos) && problem(data, pos) == null) {
                return pos;
            }
        }
        return data.length;
    }
}
