package io.symp.timeline;

import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Which events a peer holds, per origin: a contiguous watermark (every seq up to it is held)
 * plus the few seqs held above it. Accepting an event this says is missing, whatever path it
 * came by, is what makes flooding exactly-once; the reference's "highest tick per source"
 * loses events under churn (PAPER.md).
 *
 * <p>Merging is a union: commutative, associative and idempotent. Iteration is in origin
 * order, never hash order, so that whatever is built from it is deterministic.
 */
public final class VersionVector {
    private final TreeMap<Long, Holdings> origins = new TreeMap<>();

    /** Records (origin, seq); returns false when it was already held. */
    public boolean add(long origin, long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be >= 1, got " + seq);
        }
        return origins.computeIfAbsent(origin, o -> new Holdings()).add(seq);
    }

    public boolean contains(long origin, long seq) {
        Holdings h = origins.get(origin);
        return h != null && h.contains(seq);
    }

    /** The highest seq of {@code origin} below which nothing is missing (0: none held). */
    public long watermark(long origin) {
        Holdings h = origins.get(origin);
        return h == null ? 0 : h.watermark;
    }

    /** The highest seq of {@code origin} held at all (0: none). */
    public long highest(long origin) {
        Holdings h = origins.get(origin);
        return h == null ? 0 : h.above.isEmpty() ? h.watermark : h.above.last();
    }

    /** Seqs held above the watermark, ascending (a view; do not modify). */
    public NavigableSet<Long> above(long origin) {
        Holdings h = origins.get(origin);
        return h == null ? new TreeSet<>() : java.util.Collections.unmodifiableNavigableSet(h.above);
    }

    /** Origins in ascending order. */
    public NavigableSet<Long> origins() {
        return origins.navigableKeySet();
    }

    /** Adds everything {@code other} holds. */
    public void merge(VersionVector other) {
        for (Map.Entry<Long, Holdings> e : other.origins.entrySet()) {
            Holdings mine = origins.computeIfAbsent(e.getKey(), o -> new Holdings());
            mine.raiseWatermark(e.getValue().watermark);
            for (long seq : e.getValue().above) {
                mine.add(seq);
            }
        }
    }

    /** Marks every seq of {@code origin} up to {@code seq} as held. */
    public void raiseWatermark(long origin, long seq) {
        origins.computeIfAbsent(origin, o -> new Holdings()).raiseWatermark(seq);
    }

    /** Calls {@code action(origin, watermark)} in origin order. */
    public void forEachWatermark(BiConsumer<Long, Long> action) {
        origins.forEach((o, h) -> action.accept(o, h.watermark));
    }

    public VersionVector copy() {
        VersionVector c = new VersionVector();
        c.merge(this);
        return c;
    }

    /** Total number of (origin, seq) pairs held. */
    public long count() {
        long n = 0;
        for (Holdings h : origins.values()) {
            n += h.watermark + h.above.size();
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VersionVector v) || v.origins.size() != origins.size()) {
            return false;
        }
        for (Map.Entry<Long, Holdings> e : origins.entrySet()) {
            Holdings h = v.origins.get(e.getKey());
            if (h == null || h.watermark != e.getValue().watermark || !h.above.equals(e.getValue().above)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count()) * 31 + origins.size();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        origins.forEach((o, h) -> s.append(Long.toHexString(o)).append(':').append(h.watermark)
                .append(h.above.isEmpty() ? "" : "+" + h.above).append(' '));
        return s.append('}').toString();
    }

    /** One origin's holdings. Invariant: every seq in {@code above} is > watermark + 1. */
    private static final class Holdings {
        long watermark;
        final TreeSet<Long> above = new TreeSet<>();

        boolean contains(long seq) {
            return seq <= watermark || above.contains(seq);
        }

        boolean add(long seq) {
            if (contains(seq)) {
                return false;
            }
            if (seq == watermark + 1) {
                watermark = seq;
                compact();
            } else {
                above.add(seq);
            }
            return true;
        }

        void raiseWatermark(long seq) {
            if (seq > watermark) {
                watermark = seq;
                above.headSet(seq, true).clear();
                compact();
            }
        }

        private void compact() {
            while (!above.isEmpty() && above.first() == watermark + 1) {
                watermark = above.pollFirst();
            }
        }
    }
}
