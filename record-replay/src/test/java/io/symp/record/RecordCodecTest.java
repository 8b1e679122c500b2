package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
            long[] args = r.longs(r.nextInt(20), Long.MIN_VALUE, Long.MAX_VALUE).toArray();
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
