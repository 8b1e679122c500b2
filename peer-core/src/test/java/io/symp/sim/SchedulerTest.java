package io.symp.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tasks run in order of time, then of scheduling, including those scheduled while running. */
class SchedulerTest {
    private record Planned(long atNanos, int id) {}

    @Test
    void shouldRunTasksInOrderOfTimeThenOfScheduling() {
        SplittableRandom r = new SplittableRandom(5);
        Scheduler s = new Scheduler();
        List<Planned> planned = new ArrayList<>();
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int id = i;
            long at = r.nextInt(300) * 1000L; // many ties
            planned.add(new Planned(at, id));
            s.at(at, () -> ran.add(id));
        }
        s.runUntil(150_000);
        // Tasks scheduled while running, some for now (after every task already due now).
        List<Integer> late = new ArrayList<>();
        s.at(150_000, () -> late.add(-1));
        s.runUntil(1_000_000);
        List<Integer> expected = planned.stream()
                .sorted(Comparator.comparingLong(Planned::atNanos)) // stable: scheduling order on ties
                .map(Planned::id).toList();
        assertEquals(expected, ran);
        assertEquals(List.of(-1), late);
        assertEquals(5001, s.tasksRun());
        assertEquals(1_000_000, s.now());
    }
}
