package io.symp.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VersionVectorTest {
    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    private static VersionVector random(SplittableRandom r) {
        VersionVector v = new VersionVector();
        int n = r.nextInt(60);
        for (int i = 0; i < n; i++) {
            v.add(r.nextInt(4) * 0x1000_0000_0000L - 7, 1 + r.nextInt(30));
        }
        return v;
    }

    private static VersionVector union(VersionVector a, VersionVector b) {
        VersionVector u = a.copy();
        u.merge(b);
        return u;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldMergeCommutativelyAssociativelyAndIdempotently(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        VersionVector a = random(r);
        VersionVector b = random(r);
        VersionVector c = random(r);
        assertEquals(union(a, b), union(b, a), "commutative, seed " + seed);
        assertEquals(union(union(a, b), c), union(a, union(b, c)), "associative, seed " + seed);
        assertEquals(a, union(a, a), "idempotent, seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldHoldExactlyWhatWasAddedWhateverTheOrder(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        VersionVector v = new VersionVector();
        boolean[] added = new boolean[41];
        for (int i = 0; i < 80; i++) {
            int seq = 1 + r.nextInt(40);
            assertEquals(!added[seq], v.add(5, seq), "a first add is new, a repeat is not; seed " + seed);
            added[seq] = true;
        }
        long watermark = 0;
        while (watermark < 40 && added[(int) watermark + 1]) {
            watermark++;
        }
        assertEquals(watermark, v.watermark(5), "seed " + seed);
        for (int seq = 1; seq <= 40; seq++) {
            assertEquals(added[seq], v.contains(5, seq), "seq " + seq + ", seed " + seed);
        }
    }

    @Test
    void shouldCompactTheSetAboveTheWatermark() {
        VersionVector v = new VersionVector();
        v.add(1, 3);
        v.add(1, 2);
        assertEquals(0, v.watermark(1));
        v.add(1, 1);
        assertEquals(3, v.watermark(1));
        assertEquals(0, v.above(1).length);
        assertEquals(3, v.highest(1));
        assertFalse(v.contains(2, 1));
    }

    @Test
    void shouldStillHoldARetiredOriginWithoutListingIt() {
        VersionVector v = new VersionVector();
        v.raiseWatermark(9, 5);
        v.add(4, 1);
        v.add(4, 3);
        assertFalse(v.retire(4, 10), "a seq above the watermark: not retired");
        assertTrue(v.retire(9, 10));
        assertEquals(1, v.originCount());
        assertEquals(7, v.count());
        assertTrue(v.contains(9, 5));
        assertFalse(v.add(9, 2), "a duplicate of a retired origin's event");
        assertTrue(v.add(9, 6), "its next event lists it again, watermark and all");
        assertEquals(6, v.watermark(9));
        assertEquals(8, v.count());
        for (long origin = 100; origin < 120; origin++) {
            v.add(origin, 1);
            v.retire(origin, 10);
        }
        assertTrue(v.retiredCount() <= 10, "bounded");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldCoverWatermarksExactlyAsOriginByOrigin(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        VersionVector a = random(r);
        VersionVector b = r.nextBoolean() ? union(a, random(r)) : random(r);
        for (long origin : a.origins()) {
            if (r.nextInt(4) == 0) {
                a.retire(origin, 100);
            }
        }
        for (VersionVector[] pair : new VersionVector[][] {{a, b}, {b, a}, {a, a}}) {
            boolean expected = true;
            for (long origin : pair[1].origins()) {
                expected &= pair[0].watermark(origin) >= pair[1].watermark(origin);
            }
            assertEquals(expected, pair[0].watermarksCover(pair[1]), "seed " + seed);
        }
    }
}
