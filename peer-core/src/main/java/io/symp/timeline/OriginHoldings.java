package io.symp.timeline;

import java.util.Arrays;

/**
 * One origin's holdings in a {@link VersionVector}: a watermark (every seq up to it is held) and
 * the seqs held above it, sorted in a primitive array with a moving start, so that taking the
 * next seq in order costs no allocation. Invariant: every seq above is > watermark + 1.
 */
final class OriginHoldings {
    long watermark;
    private long[] above = new long[0];
    private int start;
    private int count;

    OriginHoldings copy() {
        OriginHoldings c = new OriginHoldings();
        c.watermark = watermark;
        c.above = Arrays.copyOfRange(above, start, start + count);
        c.count = count;
        return c;
    }

    int aboveCount() {
        return count;
    }

    long aboveAt(int i) {
        return above[start + i];
    }

    long highest() {
        return count == 0 ? watermark : above[start + count - 1];
    }

    boolean contains(long seq) {
        return seq <= watermark || (count > 0 && Arrays.binarySearch(above, start, start + count, seq) >= 0);
    }

    /** Adds {@code seq}; returns false when it was already held. */
    boolean add(long seq) {
        if (seq <= watermark) {
            return false;
        }
        if (seq == watermark + 1) {
            watermark = seq;
            compact();
            return true;
        }
        int at = Arrays.binarySearch(above, start, start + count, seq);
        if (at >= 0) {
            return false;
        }
        insert(-at - 1, seq);
        return true;
    }

    /** Raises the watermark to {@code seq}; returns how many seqs became held. */
    long raiseWatermark(long seq) {
        if (seq <= watermark) {
            return 0;
        }
        long before = watermark + count;
        while (count > 0 && above[start] <= seq) {
            start++;
            count--;
        }
        watermark = seq;
        compact();
        return watermark + count - before;
    }

    boolean sameAs(OriginHoldings o) {
        if (watermark != o.watermark || count != o.count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (aboveAt(i) != o.aboveAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void compact() {
        while (count > 0 && above[start] == watermark + 1) {
            watermark = above[start];
            start++;
            count--;
        }
        if (count == 0) {
            start = 0;
        }
    }

    private void insert(int at, long seq) {
        if (start + count == above.length) {
            long[] grown = new long[Math.max(4, count * 2 + 1)];
            System.arraycopy(above, start, grown, 0, count);
            at -= start;
            start = 0;
            above = grown;
        }
        System.arraycopy(above, at, above, at + 1, start + count - at);
        above[at] = seq;
        count++;
    }
}
