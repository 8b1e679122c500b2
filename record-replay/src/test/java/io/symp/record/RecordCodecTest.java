package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.app.EventArgs;
import io.symp.peer.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordCodecTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shouldRoundTripEveryKindOfRecord(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<LogRecord> records = new ArrayList<>();
        long[] seq = new long[4];
        for (long t = 1; t < 500; t++) {
            int o = r.nextInt(4);
            EventArgs args = args(r);
            records.add(new LogRecord.EventRecord(t, new Event(t + r.nextInt(-3, 30) + 3,
                    1000L * o - 1, ++seq[o] + r.nextInt(3), r.nextInt(300), args),
                    r.nextBoolean()));
            records.add(new LogRecord.TickHash(t, (short) r.nextInt()));
            if (t % 7 == 0) {
                records.add(new LogRecord.Tick(t));
            }
            if (t % 50 == 0) {
                records.add(new LogRecord.Checkpoint(t, r.nextLong()));
                records.add(new LogRecord.Rollback(t, t - 5, t - 8));
                records.add(new LogRecord.Link(r.nextLong(), r.nextBoolean()));
                records.add(new LogRecord.Adopt(t));
            }
        }
        LogBytes buf = LogBytes.forWriting(1024);
        RecordCodec writer = new RecordCodec();
        records.forEach(rec -> writer.write(rec, buf));
        RecordCodec reader = new RecordCodec();
        for (LogRecord expected : records) {
            assertEquals(expected, reader.read(buf), "seed " + seed);
        }
        assertEquals(0, buf.readRemaining(), "seed " + seed);
    }

    /** Numbers only (as in version-2 logs) or, one time in three, texts and byte strings among them. */
    private static EventArgs args(SplittableRandom r) {
        EventArgs.Builder args = EventArgs.builder();
        boolean strings = r.nextInt(3) == 0;
        int left = Limits.EVENT_STRING_BYTES_MAX;
        for (int i = r.nextInt(20); i > 0; i--) {
            int length = r.nextInt(Math.min(left, Limits.ARG_BYTES_MAX) + 1) & ~1;
            switch (strings ? r.nextInt(3) : 0) {
                case 0 -> args.number(r.nextLong());
                case 1 -> {
                    args.text("é".repeat(length / 2));
                    left -= length;
                }
                default -> {
                    byte[] b = new byte[length];
                    r.nextBytes(b);
                    args.bytes(b);
                    left -= length;
                }
            }
        }
        return args.build();
    }

    private static LogBytes oneTaggedEvent(int tag, byte[] body) {
        LogBytes buf = LogBytes.forWriting(64);
        buf.writeByte((byte) (LogRecord.EVENT | 0x80));
        buf.writeStopBit(2);
        buf.writeStopBit(4);
        buf.writeStopBit(0);
        buf.writeLong(7);
        buf.writeStopBit(0);
        buf.writeStopBit((3L << 4) | 1);
        buf.writeByte((byte) tag);
        buf.writeStopBit(body.length);
        buf.write(body);
        return buf;
    }

    @Test
    void shouldRefuseTaggedArgumentsThatNoWriterWrites() {
        LogRecord.EventRecord ok = (LogRecord.EventRecord) new RecordCodec().read(oneTaggedEvent(1, "hé".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("hé", ok.event().textArg(0));
        assertEquals(3, ok.event().type());
        byte[] invalidUtf8 = {(byte) 0xe2, (byte) 0x28, (byte) 0xa1};
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RecordCodec().read(oneTaggedEvent(1, invalidUtf8)));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> new RecordCodec().read(oneTaggedEvent(2, new byte[Limits.ARG_BYTES_MAX + 1])));
        assertThrows(IllegalStateException.class, () -> new RecordCodec().read(oneTaggedEvent(5, new byte[1])));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldTakeAtMostEightBytesPerMoveEvent(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LogBytes buf = LogBytes.forWriting(1024);
        RecordCodec codec = new RecordCodec();
        long[] seq = new long[3];
        int n = 10_000;
        for (long t = 1; t <= n; t++) {
            int o = r.nextInt(3);
            codec.write(new LogRecord.EventRecord(t * 3, new Event(t * 3 + r.nextInt(-2, 10),
                    0x5EED0000L + o, ++seq[o], r.nextInt(4)), false), buf);
        }
        double perEvent = (buf.writePosition() - 3 * 8) / (double) n;
        assertTrue(perEvent <= 8, "seed " + seed + ": " + perEvent + " bytes per event");
    }
}
