package io.symp.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppInfo;
import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;
import io.symp.travel.TimeMachine;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyncTestTest {
    /**
     * Deterministic until tick 100, then it keeps a counter outside its state: re-simulating
     * any tick from 100 on gives another value. The canary that sync-test must catch.
     */
    static final class LeakyApp implements SymmetricApp {
        private int calls;

        @Override
        public AppInfo info() {
            return AppInfo.builder("leaky", 1, 8).event("poke")
                    .field(StateField.i32("ticks", 0)).field(StateField.i32("leak", 4)).build();
        }

        @Override
        public void start(State s) {}

        @Override
        public void tick(State s) {
            int t = s.getInt(0) + 1;
            s.putInt(0, t);
            calls++;
            if (t >= 100) {
                s.putInt(4, calls);
            }
        }

        @Override
        public void event(State s, Event e) {}
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldCatchANonDeterministicAppAtTheFirstBadTick(long seed) {
        TimeMachine m = new TimeMachine(new LeakyApp(), 16, 64);
        SyncTest test = new SyncTest(m, 1 + (int) (seed % 20), seed);
        m.listener(test);
        m.advanceTo(300);
        NonDeterminism found = test.found();
        assertNotNull(found, "seed " + seed);
        assertEquals(100, found.tick(), "seed " + seed);
        assertEquals("leak", found.differences().get(0).name());
        assertTrue(found.describe().contains("tick 100"), found.describe());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"move", "counter", "doc"})
    void shouldPassTheBuiltInAppsWithLateEvents(String name) {
        SymmetricApp app = Apps.builtIn().create(name);
        TimeMachine m = new TimeMachine(app, 8, 256);
        SyncTest test = new SyncTest(m, 50, 7);
        m.listener(test);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 1; i <= 60; i++) {
            m.advanceTo(i * 10L);
            long tick = Math.max(1, i * 10L - r.nextInt(30) + 10);
            int type = r.nextInt(app.info().eventTypes().size());
            long[] args = app.info().eventType(type).args().stream()
                    .mapToLong(a -> a.kind() == io.symp.app.ArgKind.CHAR ? 'a' + r.nextInt(26) : r.nextInt(20)).toArray();
            m.accept(new Event(tick, 1, i, type, args));
        }
        m.advanceTo(700);
        assertNull(test.found(), () -> test.found().describe());
        assertTrue(test.checks() > 600);
    }
}
