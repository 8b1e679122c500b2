package io.symp.wire;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
        assertThrows(IllegalArgumentException.class,
                () -> MessageCodec.encode(new EventMessage(new Event(5, 3, Limits.SEQ_MAX + 1, 0), 1)), "never written");
        byte[] beyond = new FrameWriter(32).byte1(MessageCodec.EVENT).varint(5).fixed64(3).varint(Limits.SEQ_MAX + 1)
                .varint(0).varint(0).varint(1).toByteArray();
        assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(beyond, 0, beyond.length));
    }

    @Test
    void shouldRefuseAHaveNamingASeqBeyondTheBound() {
        // Frames written by hand: the encoder itself never writes these (MessageCodecPropertyTest).
        byte[] high = new FrameWriter(32).byte1(MessageCodec.HAVE).varint(1).varint(1).fixed64(3)
                .varint(Long.MAX_VALUE).varint(0).toByteArray();
        assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(high, 0, high.length));
        byte[] gap = new FrameWriter(32).byte1(MessageCodec.HAVE).varint(1).varint(1).fixed64(3)
                .varint(Limits.SEQ_MAX - 1).varint(1).varint(2).toByteArray();
        assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(gap, 0, gap.length));
        VersionVector watermark = new VersionVector();
        watermark.raiseWatermark(3, Long.MAX_VALUE);
        byte[] clamped = MessageCodec.encode(new HaveMessage(watermark, 1));
        assertDoesNotThrow(() -> MessageCodec.decode(clamped, 0, clamped.length), "the encoder claims at most SEQ_MAX");
    }
}
