package io.symp.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.app.EventArgs;
import io.symp.timeline.VersionVector;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageCodecTest {
    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    static Message random(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 5 -> {
                long origin = r.nextLong();
                long tick = 1 + r.nextLong(1L << 40);
                long seq = 1 + r.nextInt(1_000_000);
                java.util.List<Event> events = new java.util.ArrayList<>();
                for (int i = 2 + r.nextInt(WireLimits.BATCH_EVENTS_MAX - 1); i > 0; i--) {
                    events.add(new Event(tick, origin, seq, r.nextInt(10), r.nextLong(), r.nextInt(-5, 5)));
                    tick += r.nextInt(3);
                    seq += 1 + r.nextInt(2);
                }
                byte[] sig = new byte[WireLimits.SIGNATURE_BYTES];
                r.nextBytes(sig);
                yield new EventBatchMessage(events, r.nextBoolean() ? 0 : r.nextInt(Integer.MAX_VALUE), sig);
            }
            case 0 -> {
                EventArgs.Builder args = EventArgs.builder();
                for (int i = r.nextInt(4); i > 0; i--) {
                    switch (r.nextInt(4)) {
                        case 0 -> args.text("h\u00e9 " + r.nextInt(1000) + "\ud83d\ude00");
                        case 1 -> args.bytes(new byte[] {(byte) r.nextInt(), 0, (byte) 0xff});
                        default -> args.number(r.nextBoolean() ? r.nextLong() : r.nextInt(-200, 200));
                    }
                }
                int lead = r.nextBoolean() ? 0 : r.nextInt(Integer.MAX_VALUE);
                yield new EventMessage(new Event(1 + r.nextLong(Long.MAX_VALUE - 1), r.nextLong(),
                        1 + r.nextInt(1_000_000), r.nextInt(10), args.build()), lead);
            }
            case 1 -> new SyncMessage(r.nextLong(), r.nextLong(), r.nextLong(), r.nextBoolean() ? -1 : r.nextLong(1L << 40),
                    r.nextInt(3), r.nextBoolean() ? 0 : r.nextLong(1L << 40));
            case 2 -> new HaveMessage(vector(r), r.nextLong(1L << 40));
            case 3 -> {
                byte[] region = new byte[r.nextInt(64)];
                r.nextBytes(region);
                yield new SnapshotMessage(r.nextLong(1L << 40), region, vector(r));
            }
            default -> new HashMessage(r.nextLong(1L << 40), r.nextLong(), r.nextInt(1000), r.nextLong());
        };
    }

    static VersionVector vector(SplittableRandom r) {
        VersionVector v = new VersionVector();
        for (int i = r.nextInt(30); i > 0; i--) {
            v.add(r.nextInt(5) - 2L, 1 + r.nextInt(40));
        }
        return v;
    }

    private static void assertSameMessage(Message expected, Message actual, long seed) {
        if (expected instanceof SnapshotMessage s && actual instanceof SnapshotMessage t) {
            assertEquals(s.tick(), t.tick());
            assertArrayEquals(s.region(), t.region());
            assertEquals(s.covered(), t.covered(), "seed " + seed);
        } else {
            assertEquals(expected, actual, "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldRoundTripEveryMessage(long seed) throws MalformedFrameException {
        Message m = random(new SplittableRandom(seed));
        byte[] frame = MessageCodec.encode(m);
        assertSameMessage(m, MessageCodec.decode(frame, 0, frame.length), seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldRefuseEveryTruncationAndSurviveRandomBytes(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] frame = MessageCodec.encode(random(r));
        for (int cut = 0; cut < frame.length; cut++) {
            int length = cut;
            assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(frame, 0, length),
                    "cut at " + cut + ", seed " + seed);
        }
        byte[] noise = new byte[r.nextInt(200)];
        r.nextBytes(noise);
        try {
            MessageCodec.decode(noise, 0, noise.length);
        } catch (MalformedFrameException expected) {
            // Refusing is fine; any other exception fails the test.
        }
    }

    @Test
    void shouldKeepAMoveEventSmall() {
        int size = MessageCodec.size(new EventMessage(new Event(150_000, 0x1234_5678_9abc_def0L, 42, 3), 25));
        assertEquals(1 + 3 + 8 + 1 + 1 + 1 + 1 + 64, size, "kind, tick, origin, seq, type, argc, lead, signature");
    }

    @Test
    void shouldCarryAnEventsLeadAndReadNoneAsUnknown() throws MalformedFrameException {
        Event e = new Event(150_000, 7, 42, 3);
        byte[] frame = MessageCodec.encode(new EventMessage(e, 400));
        assertEquals(400, ((EventMessage) MessageCodec.decode(frame, 0, frame.length)).leadTicks());
        byte[] repair = MessageCodec.encode(new EventMessage(e));
        assertEquals(0, ((EventMessage) MessageCodec.decode(repair, 0, repair.length)).leadTicks());
    }

    @Test
    void shouldRefuseAnOversizedClaimWithoutAllocatingIt() {
        FrameWriter w = new FrameWriter(16).byte1(MessageCodec.SNAPSHOT).varint(5).varint(Integer.MAX_VALUE);
        byte[] frame = w.toByteArray();
        MalformedFrameException e = assertThrows(MalformedFrameException.class, () -> MessageCodec.decode(frame, 0, frame.length));
        assertEquals("snapshot length 2147483647 out of range 0.." + WireLimits.STATE_BYTES_MAX, e.getMessage());
    }

    private static byte[] batchFrame(long origin, int count, long[][] tickAndSeqSteps) {
        FrameWriter w = new FrameWriter(64).byte1(MessageCodec.EVENTS).fixed64(origin).varint(count);
        for (long[] step : tickAndSeqSteps) {
            w.varint(step[0]).varint(step[1]).varint(0).byte1(0);
        }
        return w.varint(0).fixedBytes(new byte[WireLimits.SIGNATURE_BYTES]).toByteArray();
    }

    @Test
    void shouldCarryABatchSmallerThanItsEventsOneByOne() throws MalformedFrameException {
        java.util.List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(new Event(150_000 + i / 4, 7, 42 + i, 3, i, -i));
        }
        EventBatchMessage b = new EventBatchMessage(events, 25, new byte[WireLimits.SIGNATURE_BYTES]);
        byte[] frame = MessageCodec.encode(b);
        EventBatchMessage back = (EventBatchMessage) MessageCodec.decode(frame, 0, frame.length);
        assertEquals(b, back);
        assertEquals(25 + 2, back.leadOf(9), "the last event's lead follows from its tick");
        int oneByOne = 0;
        for (Event e : events) {
            oneByOne += MessageCodec.size(new EventMessage(e, 25));
        }
        assertTrue(frame.length * 4 < oneByOne, frame.length + " bytes as a batch, " + oneByOne + " one by one");
    }

    @Test
    void shouldRefuseABatchThatIsNotOne() {
        long[][] two = {{5, 1}, {0, 1}};
        assertDoesNotThrow(() -> MessageCodec.decode(batchFrame(7, 2, two), 0, batchFrame(7, 2, two).length));
        java.util.Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("one event", batchFrame(7, 1, new long[][] {{5, 1}}));
        bad.put("too many", batchFrame(7, WireLimits.BATCH_EVENTS_MAX + 1, new long[][] {}));
        bad.put("seq repeated", batchFrame(7, 2, new long[][] {{5, 1}, {0, 0}}));
        bad.put("tick 0", batchFrame(7, 2, new long[][] {{0, 1}, {0, 1}}));
        bad.put("tick step past the highest", batchFrame(7, 2, new long[][] {{5, 1}, {Long.MAX_VALUE, 1}}));
        bad.put("seq past the highest", batchFrame(7, 2, new long[][] {{5, WireLimits.SEQ_MAX}, {0, 1}}));
        bad.put("negative step", batchFrame(7, 2, new long[][] {{5, 1}, {-1, 1}}));
        bad.forEach((what, frame) -> assertThrows(MalformedFrameException.class,
                () -> MessageCodec.decode(frame, 0, frame.length), what));
    }
}
