package io.symp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.symp.app.Event;
import io.symp.peer.Limits;
import io.symp.timeline.VersionVector;
import org.junit.jupiter.api.Test;

/** The decoder refuses sequence numbers beyond {@link Limits#SEQ_MAX}, in events and in HAVEs. */
class SeqBoundCodecTest {
    @Test
    void shouldTakeAnEventAtTheBoundAndRefuseOneBeyond() throws MalformedFrameException {
        byte[] at = MessageCodec.encode(new EventMessage(new Event(5, 3, Limits.SEQ_MAX, 0), 1));
        assertEquals(Limits.SEQ_MAX, ((EventMessage) MessageCodec.decode(at, 0, at.length)).event().seq());
        byte[] beyond = MessageCodec.encode(new EventMessage(new Event(5, 3, Limits.SEQ_MAX + 1, 0), 1));
        assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(beyond, 0, beyond.length));
    }

    @Test
    void shouldRefuseAHaveNamingASeqBeyondTheBound() {
        VersionVector watermark = new VersionVector();
        watermark.raiseWatermark(3, Long.MAX_VALUE);
        byte[] high = MessageCodec.encode(new HaveMessage(watermark, 1));
        assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(high, 0, high.length));
        VersionVector above = new VersionVector();
        above.raiseWatermark(3, Limits.SEQ_MAX - 1);
        above.add(3, Limits.SEQ_MAX + 1);
        byte[] gap = MessageCodec.encode(new HaveMessage(above, 1));
        assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(gap, 0, gap.length));
    }
}
