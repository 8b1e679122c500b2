package io.symp.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a neighbour lacks: the same as a walk over every event held, through adds and folds. */
class TimelineTest {
    static LongStream seeds() {
        return LongStream.range(1, 101);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldListWhatANeighbourLacksAsAWalkOverEveryEvent(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Timeline timeline = new Timeline();
        VersionVector held = new VersionVector();
        for (int round = 0; round < 20; round++) {
            for (int i = r.nextInt(15); i > 0; i--) {
                long origin = 1 + r.nextInt(12);
                long seq = 1 + r.nextInt(20);
                if (held.add(origin, seq)) {
                    timeline.add(new Event(1 + r.nextInt(200), origin, seq, 0));
                }
            }
            if (r.nextInt(5) == 0) {
                timeline.foldThrough(r.nextInt(100));
            }
            VersionVector theirs = new VersionVector();
            for (int i = r.nextInt(40); i > 0; i--) {
                theirs.add(1 + r.nextInt(14), 1 + r.nextInt(20));
            }
            VersionVector skip = new VersionVector();
            skip.add(1 + r.nextInt(12), 1 + r.nextInt(20));
            int max = 1 + r.nextInt(30);
            assertEquals(naive(timeline, theirs, skip, max), timeline.missingFrom(theirs, skip, max),
                    "seed " + seed + ", round " + round);
        }
    }

    private static List<Event> naive(Timeline timeline, VersionVector theirs, VersionVector skip, int max) {
        List<Event> out = new ArrayList<>();
        for (Event e : timeline.all()) {
            if (!theirs.contains(e.origin(), e.seq()) && !skip.contains(e.origin(), e.seq()) && out.size() < max) {
                out.add(e);
            }
        }
        return out;
    }
}
