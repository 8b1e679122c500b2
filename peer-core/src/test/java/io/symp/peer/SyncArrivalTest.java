package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.symp.app.Apps;
import io.symp.wire.Message;
import io.symp.wire.SyncMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A SYNC handed over with the time it came off the wire is sampled as of then: the wait for the
 * peer's thread is no part of the round trip. A bare request is answered as of its arrival, and
 * an answer that asks for the next one is echoed with the whole wait since its arrival held.
 */
class SyncArrivalTest {
    private static final long TICK = 20_000_000L;
    private static final long WAITED = 7_000_000L;

    private record RecordingLink(long peerId, List<Message> sent) implements Link {
        @Override
        public void send(Message message) {
            sent.add(message);
        }

        @Override
        public String describe() {
            return "recorder";
        }

        @Override
        public void close(String reason) {}
    }

    private static Peer peer(ManualClock clock) {
        return new Peer(PeerConfig.defaults(1).withSyncWaitTicks(0), Apps.builtIn().create("counter"), clock);
    }

    private static List<SyncMessage> syncs(List<Message> sent) {
        return sent.stream().filter(m -> m instanceof SyncMessage).map(m -> (SyncMessage) m).toList();
    }

    @Test
    void shouldAnswerABareRequestAsOfItsArrival() {
        ManualClock clock = new ManualClock(1_000_000_000L);
        Peer p = peer(clock);
        RecordingLink link = new RecordingLink(2, new ArrayList<>());
        p.linkUp(link);
        long arrival = clock.nanos();
        clock.advance(WAITED);
        link.sent().clear();
        p.received(link, new SyncMessage(0, 500_000_000L, 0, SyncMessage.NO_ECHO, SyncMessage.UNSYNCED), arrival);

        List<SyncMessage> replies = syncs(link.sent());
        assertEquals(1, replies.size(), String.valueOf(link.sent()));
        assertEquals(arrival, replies.get(0).sentClockNanos(), "stamped at the request's arrival, not 7 ms later");
        assertEquals(500_000_000L, replies.get(0).echoClockNanos());
        assertEquals(0, replies.get(0).heldNanos());
    }

    @Test
    void shouldHoldAnAnswerForTheWholeTimeSinceItsArrival() {
        ManualClock clock = new ManualClock(1_000_000_000L);
        Peer p = peer(clock);
        RecordingLink link = new RecordingLink(2, new ArrayList<>());
        p.linkUp(link);
        long askedAt = syncs(link.sent()).get(0).sentClockNanos();
        clock.advance(TICK);
        long arrival = clock.nanos();
        clock.advance(WAITED);
        link.sent().clear();
        // The neighbour's answer to the link's first SYNC, which asks for the next one.
        p.received(link, new SyncMessage(0, 800_000_000L, askedAt, 1_000, SyncMessage.UNSYNCED), arrival);
        assertFalse(syncs(link.sent()).stream().anyMatch(s -> !s.hasEcho()), "an answer is not answered at once");

        SyncMessage echo = null;
        for (int t = 0; t < 50 && echo == null; t++) {
            clock.advance(TICK);
            p.advance();
            echo = syncs(link.sent()).stream().filter(SyncMessage::hasEcho).findFirst().orElse(null);
        }
        assertEquals(800_000_000L, echo.echoClockNanos(), String.valueOf(link.sent()));
        assertEquals(echo.sentClockNanos() - arrival, echo.heldNanos(), "held from its arrival, the 7 ms included");
    }
}
