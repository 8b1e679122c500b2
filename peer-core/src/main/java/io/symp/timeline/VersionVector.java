package io.symp.timeline;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * Which events a peer holds, per origin: a contiguous watermark (every seq up to it is held)
 * plus the few seqs held above it. Accepting an event this says is missing, whatever path it
 * came by, is what makes flooding exactly-once; the reference's "highest tick per source"
 * loses events under churn (the paper; docs/EVALUATION.md).
 *
 * <p>Origins are kept in a sorted primitive array (a binary search, no boxing, on the per-event
 * path). An origin whose events are all folded can be {@link #retire retired}: it is no longer
 * listed ({@link #origins()}, what a HAVE carries), yet its events still count as held, so a
 * long-lived network's restarts (a fresh origin each) do not grow what peers exchange.
 *
 * <p>Merging is a union: commutative, associative and idempotent. Iteration is in origin
 * order, never hash order, so that whatever is built from it is deterministic.
 */
public final class VersionVector {
    private long[] origins = new long[4];
    private OriginHoldings[] holdings = new OriginHoldings[4];
    private int size;
    private long count;
    /** Retired origins and their watermarks (bounded by the caller of {@link #retire}). */
    private final TreeMap<Long, Long> retired = new TreeMap<>();

    /** Records (origin, seq); returns false when it was already held. */
    public boolean add(long origin, long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, got " + seq);
        }
        int at = indexOf(origin);
        if (at < 0) {
            if (!retired.isEmpty() && seq <= retiredWatermark(origin)) {
                return false;
            }
            at = insert(-at - 1, origin);
        }
        if (holdings[at].add(seq)) {
            count++;
            return true;
        }
        return false;
    }

    public boolean contains(long origin, long seq) {
        int at = indexOf(origin);
        if (at >= 0) {
            return holdings[at].contains(seq);
        }
        return !retired.isEmpty() && seq <= retiredWatermark(origin);
    }

    /** The highest seq of {@code origin} below which nothing is missing (0: none held). */
    public long watermark(long origin) {
        int at = indexOf(origin);
        return at >= 0 ? holdings[at].watermark : retired.isEmpty() ? 0 : retiredWatermark(origin);
    }

    /**
     * Whether every origin {@code other} lists has a watermark here at least as high as there
     * (what {@link #watermark} says, origin by origin), in one pass over both.
     */
    public boolean watermarksCover(VersionVector other) {
        Watermarks mine = watermarks();
        for (int j = 0; j < other.size; j++) {
            if (mine.of(other.origins[j]) < other.holdings[j].watermark) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #watermark}s asked in ascending origin order, answered in one pass over the
     * origins instead of a binary search each (for {@link Timeline#missingFrom}).
     */
    final class Watermarks {
        private int at;

        long of(long origin) {
            while (at < size && origins[at] < origin) {
                at++;
            }
            if (at < size && origins[at] == origin) {
                return holdings[at].watermark;
            }
            return retired.isEmpty() ? 0 : retiredWatermark(origin);
        }
    }

    Watermarks watermarks() {
        return new Watermarks();
    }

    /** The highest seq of {@code origin} held at all (0: none). */
    public long highest(long origin) {
        int at = indexOf(origin);
        return at >= 0 ? holdings[at].highest() : retired.isEmpty() ? 0 : retiredWatermark(origin);
    }

    /** Seqs of {@code origin} held above its watermark, ascending (a copy). */
    public long[] above(long origin) {
        int at = indexOf(origin);
        if (at < 0) {
            return new long[0];
        }
        OriginHoldings h = holdings[at];
        long[] out = new long[h.aboveCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = h.aboveAt(i);
        }
        return out;
    }

    /** Seqs held above the watermark of {@code origin}. */
    public int aboveCount(long origin) {
        int at = indexOf(origin);
        return at < 0 ? 0 : holdings[at].aboveCount();
    }

    /** Listed (not retired) origins in ascending order (a copy). */
    public long[] origins() {
        return Arrays.copyOf(origins, size);
    }

    /** How many origins are listed (retired ones are not). */
    public int originCount() {
        return size;
    }

    /** Retired origins (held, not listed). */
    public int retiredCount() {
        return retired.size();
    }

    /** Adds everything {@code other} lists (its retired origins are its own business). */
    public void merge(VersionVector other) {
        for (int i = 0; i < other.size; i++) {
            OriginHoldings theirs = other.holdings[i];
            long origin = other.origins[i];
            count -= countOf(origin);
            OriginHoldings mine = holdingsFor(origin);
            mine.raiseWatermark(theirs.watermark);
            for (int j = 0; j < theirs.aboveCount(); j++) {
                mine.add(theirs.aboveAt(j));
            }
            count += countOf(origin);
        }
    }

    /** Marks every seq of {@code origin} up to {@code seq} as held. */
    public void raiseWatermark(long origin, long seq) {
        if (seq > watermark(origin)) {
            count += holdingsFor(origin).raiseWatermark(seq);
        }
    }

    /**
     * Stops listing {@code origin}, whose seqs are all held up to its watermark (none above):
     * they still count as held. At most {@code retiredMax} origins are retired; past that the
     * lowest is forgotten altogether.
     *
     * @return whether it was retired (false when it has seqs above its watermark, or is unknown)
     */
    public boolean retire(long origin, int retiredMax) {
        int at = indexOf(origin);
        if (at < 0 || holdings[at].aboveCount() > 0) {
            return false;
        }
        retired.put(origin, holdings[at].watermark);
        System.arraycopy(origins, at + 1, origins, at, size - at - 1);
        System.arraycopy(holdings, at + 1, holdings, at, size - at - 1);
        size--;
        holdings[size] = null;
        while (retired.size() > retiredMax) {
            count -= retired.pollFirstEntry().getValue();
        }
        return true;
    }

    /** A copy of what is listed (retired origins are not copied). */
    public VersionVector copy() {
        VersionVector c = new VersionVector();
        c.origins = Arrays.copyOf(origins, Math.max(4, size));
        c.holdings = new OriginHoldings[c.origins.length];
        for (int i = 0; i < size; i++) {
            c.holdings[i] = holdings[i].copy();
            c.count += holdings[i].watermark + holdings[i].aboveCount();
        }
        c.size = size;
        return c;
    }

    /** Total number of (origin, seq) pairs held, retired origins included. */
    public long count() {
        return count;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VersionVector v) || v.size != size || !v.retired.equals(retired)) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (origins[i] != v.origins[i] || !holdings[i].sameAs(v.holdings[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + size;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            s.append(Long.toHexString(origins[i])).append(':').append(holdings[i].watermark);
            if (holdings[i].aboveCount() > 0) {
                s.append("+").append(Arrays.toString(above(origins[i])));
            }
            s.append(' ');
        }
        if (!retired.isEmpty()) {
            s.append("retired ").append(retired.size()).append(' ');
        }
        return s.append('}').toString();
    }

    private long countOf(long origin) {
        int at = indexOf(origin);
        if (at < 0) {
            return retired.isEmpty() ? 0 : retiredWatermark(origin);
        }
        return holdings[at].watermark + holdings[at].aboveCount();
    }

    private long retiredWatermark(long origin) {
        Long w = retired.get(origin);
        return w == null ? 0 : w;
    }

    private OriginHoldings holdingsFor(long origin) {
        int at = indexOf(origin);
        if (at < 0) {
            at = insert(-at - 1, origin);
        }
        return holdings[at];
    }

    /** Lists {@code origin} at {@code at}, taking over a retired watermark. */
    private int insert(int at, long origin) {
        if (size == origins.length) {
            origins = Arrays.copyOf(origins, size * 2);
            holdings = Arrays.copyOf(holdings, size * 2);
        }
        System.arraycopy(origins, at, origins, at + 1, size - at);
        System.arraycopy(holdings, at, holdings, at + 1, size - at);
        origins[at] = origin;
        OriginHoldings h = new OriginHoldings();
        Long w = retired.isEmpty() ? null : retired.remove(origin);
        h.watermark = w == null ? 0 : w;
        holdings[at] = h;
        size++;
        return at;
    }

    private int indexOf(long origin) {
        return Arrays.binarySearch(origins, 0, size, origin);
    }
}
