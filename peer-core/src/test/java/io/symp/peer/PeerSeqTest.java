package io.symp.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.timeline.VersionVector;
import io.symp.wire.HaveMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A peer numbers its own events itself, from 1 per run, and never past {@link Limits#SEQ_MAX}. */
class PeerSeqTest {
    private final ManualClock clock = new ManualClock(1_000_000_000L);
    private final List<Event> own = new ArrayList<>();

    private Peer peer() {
        Peer p = new Peer(PeerConfig.defaults(5).withSyncWaitTicks(0), Apps.builtIn().create("counter"), clock);
        p.addListener(new PeerListener() {
            @Override
            public void eventAccepted(Event event, long atTick, boolean late) {
                own.add(event);
            }
        });
        clock.advance(20_000_000L);
        p.advance();
        return p;
    }

    @Test
    void shouldNotTakeItsSeqFromANeighboursHave() {
        Peer p = peer();
        QueuedLinks net = new QueuedLinks();
        Peer other = new Peer(PeerConfig.defaults(6), Apps.builtIn().create("counter"), clock);
        QueuedLinks.QueuedLink link = net.connect(p, other);
        VersionVector claimed = new VersionVector();
        claimed.raiseWatermark(p.config().origin(), Long.MAX_VALUE);
        p.received(link, new HaveMessage(claimed, 1));
        p.emit(0, 1);
        p.emit(0, 2);
        assertEquals(List.of(1L, 2L), own.stream().map(Event::seq).toList(), "numbered from 1, not from a neighbour's word");
    }

    @Test
    void shouldRefuseToEmitPastTheSeqBoundAndSayWhy() {
        Peer p = peer();
        p.resumeSeqAfter(Limits.SEQ_MAX - 1);
        p.emit(0, 1);
        assertEquals(Limits.SEQ_MAX, own.get(0).seq());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> p.emit(0, 2));
        assertTrue(refused.getMessage().contains("restart the peer"), refused.getMessage());
        assertEquals(1, own.size());
    }

    @Test
    void shouldRefuseAnEventWhoseSeqIsBeyondTheBound() {
        Event beyond = new Event(10, 9, Limits.SEQ_MAX + 1, 0, 1);
        String problem = EventValidation.problem(Apps.builtIn().create("counter").info(), beyond);
        assertTrue(problem != null && problem.contains("outside 1.." + Limits.SEQ_MAX), problem);
    }
}
