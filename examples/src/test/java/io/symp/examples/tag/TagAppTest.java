package io.symp.examples.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.embed.SympPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TagAppTest {
    static void await(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void shouldDeclareItsStateOnceWithFieldsForTools() {
        AppInfo info = new TagApp().info();
        assertEquals(8 + 4 + 8 + 8 + 8 * 8 + 3 * 4 * 8, info.stateSize());
        assertEquals("x[3]", info.fields().get(3 + 8 + 8 + 3).name());
        assertEquals("move dx:int[-1..1] dy:int[-1..1]", info.eventType(TagApp.MOVE).usage());
    }

    @Test
    void shouldTagAPlayerOnTheSameCellAndScoreTheTagger() {
        TagApp app = new TagApp();
        State s = new State(app.info().stateSize());
        app.start(s);
        app.event(s, new Event(1, 10, 1, TagApp.JOIN));
        app.event(s, new Event(1, 20, 1, TagApp.JOIN));
        assertEquals(0, TagApp.IT.get(s), "the first player is it");
        for (int step = 0; step < 2 * TagApp.GRID; step++) {
            int dx = Integer.signum(TagApp.X.get(s, 1) - TagApp.X.get(s, 0));
            int dy = Integer.signum(TagApp.Y.get(s, 1) - TagApp.Y.get(s, 0));
            app.event(s, new Event(2 + step, 10, 2 + step, TagApp.MOVE, dx, dy));
        }
        for (int t = 0; t < TagApp.TAG_COOLDOWN_TICKS; t++) {
            app.tick(s);
        }
        assertEquals(1, TagApp.IT.get(s), "tagged, and no tag-back within the cooldown");
        assertEquals(1, TagApp.SCORE.get(s, 0));
        app.event(s, new Event(100, 20, 2, TagApp.LEAVE));
        assertEquals(0, TagApp.IT.get(s), "it left: the first remaining player is it");
        assertEquals(1, Scoreboard.players(s));
    }

    private static long plays(SympPeer p) {
        StateView s = p.latest().state();
        return TagApp.TICKS.get(s);
    }

    /** Three peers of the game over loopback TCP, each a player, agree on every bit. */
    @Test
    void shouldAgreeOnThreePeersOverTcpUnderSyncTest() throws Exception {
        List<SympPeer> peers = new ArrayList<>();
        try {
            SympPeer first = SympPeer.builder(new TagApp()).id(1).session("tag-test").fps(100)
                    .delta(Duration.ofMillis(60)).syncTest(8, 1).start();
            peers.add(first);
            for (long id = 2; id <= 3; id++) {
                peers.add(SympPeer.builder(new TagApp()).id(id).session("tag-test").fps(100)
                        .delta(Duration.ofMillis(60)).syncTest(8, id).join("127.0.0.1", first.port()).start());
            }
            await("linked", 10_000, () -> first.linkCount() == 2);
            peers.forEach(p -> p.emit("join"));
            for (int round = 0; round < 40; round++) {
                for (SympPeer p : peers) {
                    p.emit("move", (round + p.id()) % 3 - 1, (round * p.id()) % 3 - 1);
                }
                Thread.sleep(10);
            }
            assertThrows(IllegalArgumentException.class, () -> first.emit("move", 2, 0), "outside -1..1");
            await("three players everywhere", 10_000,
                    () -> peers.stream().allMatch(p -> Scoreboard.players(p.latest().state()) == 3));
            Thread.sleep(500);
            long common = peers.stream().mapToLong(SympPeer::tick).min().orElseThrow() - 10;
            long hash = peers.get(0).stateAt(common).hash();
            for (SympPeer p : peers) {
                assertEquals(hash, p.stateAt(common).hash(), "peer " + p.id() + " at tick " + common);
                assertNull(p.syncTestFinding(), "deterministic");
                assertEquals(0, p.divergences());
                assertTrue(plays(p) > 0);
            }
        } finally {
            peers.forEach(SympPeer::close);
        }
    }
}
