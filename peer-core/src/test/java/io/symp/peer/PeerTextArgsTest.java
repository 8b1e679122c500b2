package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.EventArgs;
import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.wire.EventMessage;
import io.symp.wire.Message;
import io.symp.wire.MessageCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text and byte-string arguments as a peer checks and applies them: on emit and on receipt. */
class PeerTextArgsTest {
    private static final long TICK = 20_000_000L;

    /** Folds every argument's bytes into the state. */
    static final class SayApp implements SymmetricApp {
        static final AppInfo INFO = AppInfo.builder("say", 1, 16)
                .event("say", new Arg("line", ArgKind.TEXT).range(1, 10), new Arg("key", ArgKind.BYTES))
                .event("n", new Arg("n", ArgKind.INT)).build();

        @Override
        public AppInfo info() {
            return INFO;
        }

        @Override
        public void start(State state) {}

        @Override
        public void tick(State state) {}

        @Override
        public void event(State state, Event e) {
            long h = state.getLong(0);
            if (e.type() == 0) {
                for (byte b : e.textArg(0).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    h = h * 31 + b;
                }
                for (byte b : e.bytesArg(1)) {
                    h = h * 17 + b;
                }
            }
            state.putLong(0, h);
            state.putLong(8, state.getLong(8) + 1);
        }
    }

    private static Peer peer(long id, ManualClock clock) {
        return new Peer(PeerConfig.defaults(id).withSyncWaitTicks(0).withDeltaTicks(5), new SayApp(), clock);
    }

    private static EventArgs say(String line, byte... key) {
        return EventArgs.builder().text(line).bytes(key).build();
    }

    @Test
    void shouldRefuseOnEmitWhatDoesNotFit() {
        Peer p = peer(1, new ManualClock(0));
        assertEquals("event say: argument line of 11 bytes outside 1..10 bytes (usage: say line:text[1..10] key:bytes)",
                assertThrows(IllegalArgumentException.class, () -> p.emit(0, say("hello world"))).getMessage());
        assertEquals("event say: argument line must be text, got a number (usage: say line:text[1..10] key:bytes)",
                assertThrows(IllegalArgumentException.class, () -> p.emit(0, 1, 2)).getMessage());
        assertEquals("event n: argument n must be int, got text (usage: n n:int)",
                assertThrows(IllegalArgumentException.class, () -> p.emit(1, EventArgs.builder().text("1").build()))
                        .getMessage());
        p.emit(0, say("héllo", (byte) 1, (byte) 2));
    }

    @Test
    void shouldApplyAFloodedTextAlikeAndCloseALinkThatSendsOneThatDoesNot() {
        ManualClock clock = new ManualClock(0);
        Peer a = peer(1, clock);
        Peer b = peer(2, clock);
        QueuedLinks net = new QueuedLinks();
        QueuedLinks.QueuedLink ab = net.connect(a, b);
        a.emit(0, say("héllo", (byte) 0xff));
        for (int i = 0; i < 20; i++) {
            clock.advance(TICK);
            a.advance();
            b.advance();
            net.deliverAll();
        }
        assertEquals(1, b.stateAt(20).getLong(8), "b applied a's text event");
        assertEquals(a.stateAt(20).hash(), b.stateAt(20).hash());
        List<Event> held = b.eventsBetween(0, 100);
        assertEquals("héllo", held.get(0).textArg(0));
        assertArrayEquals(new byte[] {(byte) 0xff}, held.get(0).bytesArg(1));

        List<String> downs = new ArrayList<>();
        b.addListener(new PeerListener() {
            @Override
            public void linkDown(Link link, String reason) {
                downs.add(reason);
            }
        });
        Event tooLong = new Event(50, a.config().origin(), 2, 0, say("hello world", (byte) 1));
        Message decoded = roundTrip(new EventMessage(tooLong, 5));
        ab.send(decoded);
        net.deliverAll();
        assertEquals(1, downs.size(), "refused on receipt: " + downs);
        assertTrue(downs.get(0).startsWith("event say: argument line of 11 bytes outside 1..10 bytes"), downs.get(0));
    }

    /** As a neighbour's bytes arrive: through the real codec. */
    private static Message roundTrip(Message m) {
        byte[] frame = MessageCodec.encode(m);
        try {
            return MessageCodec.decode(frame, 0, frame.length);
        } catch (io.symp.wire.MalformedFrameException e) {
            throw new AssertionError(e);
        }
    }
}
