package io.symp.examples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.app.EventArgs;
import io.symp.app.State;
import io.symp.embed.SympPeer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ChatAppTest {
    private static EventArgs text(String s) {
        return EventArgs.builder().text(s).build();
    }

    private static void await(String what, long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void shouldNameSpeakersAndKeepTheLastEightLines() {
        ChatApp app = new ChatApp();
        State s = new State(app.info().stateSize());
        app.start(s);
        app.event(s, new Event(1, 10, 1, ChatApp.SAY, text("first")));
        app.event(s, new Event(2, 20, 1, ChatApp.NICK, text("Zoë")));
        app.event(s, new Event(3, 10, 2, ChatApp.NICK, text("ann")));
        app.event(s, new Event(4, 20, 2, ChatApp.SAY, text("héllo \"ann\" 😀")));
        assertEquals(List.of("ann: first", "Zoë: héllo \"ann\" 😀"), ChatApp.transcript(s),
                "a rename shows on earlier lines too; a guest is named by its slot until then");
        for (int i = 0; i < 10; i++) {
            app.event(s, new Event(5 + i, 10, 3 + i, ChatApp.SAY, text("line " + i)));
        }
        List<String> t = ChatApp.transcript(s);
        assertEquals(ChatApp.LINES_MAX, t.size());
        assertEquals("ann: line 2", t.get(0));
        assertEquals("ann: line 9", t.get(7));
        assertEquals("say line:text[1..200]", app.info().eventType(ChatApp.SAY).usage());
        assertEquals("event nick: argument name of 25 bytes outside 1..24 bytes",
                app.info().eventType(ChatApp.NICK).problem(text("x".repeat(25))));
    }

    @Test
    void shouldIgnoreANinthMemberOnEveryPeerAlike() {
        ChatApp app = new ChatApp();
        State s = new State(app.info().stateSize());
        for (long origin = 1; origin <= ChatApp.MEMBERS_MAX + 1; origin++) {
            app.event(s, new Event(origin, origin, 1, ChatApp.SAY, text("hi from " + origin)));
        }
        assertEquals(ChatApp.MEMBERS_MAX, ChatApp.members(s));
        assertEquals("guest-7: hi from 8", ChatApp.transcript(s).get(7));
    }

    /** Three members on three peers over loopback TCP, each naming itself and talking, agree. */
    @Test
    void shouldAgreeOnThreePeersOverTcpUnderSyncTest() throws Exception {
        List<SympPeer> peers = new ArrayList<>();
        try {
            SympPeer first = SympPeer.builder(new ChatApp()).id(1).session("chat-test").fps(100)
                    .delta(Duration.ofMillis(60)).syncTest(8, 1).start();
            peers.add(first);
            for (long id = 2; id <= 3; id++) {
                peers.add(SympPeer.builder(new ChatApp()).id(id).session("chat-test").fps(100)
                        .delta(Duration.ofMillis(60)).syncTest(8, id).join("127.0.0.1", first.port()).start());
            }
            await("linked", 10_000, () -> first.linkCount() == 2);
            String[] nicks = {"ann", "Zoë", "李"};
            for (int i = 0; i < 3; i++) {
                peers.get(i).emit("nick", text(nicks[i]));
            }
            for (int round = 0; round < 2; round++) {
                for (SympPeer p : peers) {
                    p.emit("say", text("round " + round + " from \"" + p.id() + "\" 😀"));
                }
                Thread.sleep(30);
            }
            assertThrows(IllegalArgumentException.class, () -> first.emit("say", text("")), "empty line");
            assertThrows(IllegalArgumentException.class, () -> first.emit("say", 3), "a number, not text");
            await("six lines everywhere", 10_000,
                    () -> peers.stream().allMatch(p -> ChatApp.transcript(p.latest().state()).size() == 6));
            Thread.sleep(300);
            long common = peers.stream().mapToLong(SympPeer::tick).min().orElseThrow() - 10;
            List<String> transcript = ChatApp.transcript(peers.get(0).stateAt(common).state());
            assertTrue(transcript.contains("Zoë: round 1 from \"2\" 😀"), transcript.toString());
            long hash = peers.get(0).stateAt(common).hash();
            for (SympPeer p : peers) {
                assertEquals(hash, p.stateAt(common).hash(), "peer " + p.id() + " at tick " + common);
                assertEquals(transcript, ChatApp.transcript(p.stateAt(common).state()));
                assertNull(p.syncTestFinding(), "deterministic");
                assertEquals(0, p.divergences());
            }
        } finally {
            peers.forEach(SympPeer::close);
        }
    }
}
