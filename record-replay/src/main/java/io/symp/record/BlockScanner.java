package io.symp.record;

/**
 * Walks a log's blocks in file order, one at a time, so that a reader holds one block whatever
 * the log's length. A header whose own checksum fails, or a payload whose checksum fails, is
 * damage at that offset; the scanner then looks for the next block magic followed by a valid
 * header and payload and goes on from there. Only a header or payload running past the end of
 * the input is a cut tail (what a crash leaves).
 */
final class BlockScanner {
    /** A whole, checksummed block: where it starts and its payload. */
    record Block(long offset, byte[] payload) {
        long end() {
            return offset + BlockHeader.BYTES + payload.length;
        }
    }

    private static final String CUT = "cut";
    private static final int SEARCH_BYTES = 64 << 10;

    private final LogInput in;
    private final byte[] head = new byte[BlockHeader.BYTES];
    private long position;
    private byte[] verified;
    private String damage;
    private long damageOffset = -1;
    private long cutAt = -1;

    BlockScanner(LogInput in) {
        this.in = in;
    }

    /** The next whole block, or null at the end (or at a cut tail). */
    Block next() {
        while (position < in.size()) {
            String problem = problem(position);
            if (problem == null) {
                Block b = new Block(position, verified);
                verified = null;
                position = b.end();
                return b;
            }
            if (problem.equals(CUT)) {
                cutAt = position;
                position = in.size();
                return null;
            }
            if (damage == null) {
                damage = problem;
                damageOffset = position;
            }
            position = nextCandidate(position + 1);
        }
        return null;
    }

    /** Why the first damaged block met so far is damaged, or null. */
    String damage() {
        return damage;
    }

    /** Where the first damaged block met so far starts, or -1. */
    long damageOffset() {
        return damageOffset;
    }

    /** Where the cut last block starts, or -1 (known once {@link #next()} returned null). */
    long cutAt() {
        return cutAt;
    }

    /** What is wrong with the block at {@code pos}: null (its payload is then {@link #verified}), {@link #CUT}, or damage. */
    private String problem(long pos) {
        long left = in.size() - pos;
        if (left < BlockHeader.BYTES) {
            in.read(pos, head, 0, (int) left);
            return isPrefixOfAHeader((int) left) ? CUT : "not a block header";
        }
        in.read(pos, head, 0, BlockHeader.BYTES);
        if (!BlockHeader.valid(head, 0)) {
            return "block header checksum mismatch";
        }
        int length = BlockHeader.length(head, 0);
        if (length <= 0 || length > LogWriter.MAX_BLOCK) {
            return "block length " + length;
        }
        if (left - BlockHeader.BYTES < length) {
            return CUT;
        }
        byte[] payload = new byte[length];
        in.read(pos + BlockHeader.BYTES, payload, 0, length);
        if (BlockHeader.crc(payload, 0, length) != BlockHeader.payloadCrc(head, 0)) {
            return "payload checksum mismatch";
        }
        verified = payload;
        return null;
    }

    /** A tail shorter than a header is a cut if it starts like one (the magic, as far as it goes). */
    private boolean isPrefixOfAHeader(int length) {
        for (int i = 0; i < Math.min(4, length); i++) {
            if ((head[i] & 0xff) != ((BlockHeader.MAGIC >>> (8 * i)) & 0xff)) {
                return false;
            }
        }
        return true;
    }

    /** The next offset from {@code from} that starts a whole valid block, or the end. */
    private long nextCandidate(long from) {
        byte[] chunk = new byte[SEARCH_BYTES];
        long last = in.size() - BlockHeader.BYTES;
        for (long start = from; start <= last; start += SEARCH_BYTES) {
            int n = (int) Math.min(SEARCH_BYTES, last - start + 1);
            in.read(start, chunk, 0, n);
            for (int i = 0; i < n; i++) {
                if (chunk[i] == (byte) BlockHeader.MAGIC && problem(start + i) == null) {
                    return start + i;
                }
            }
        }
        return in.size();
    }
}
