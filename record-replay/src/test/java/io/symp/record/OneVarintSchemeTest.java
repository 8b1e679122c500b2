package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.wire.FrameWriter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One varint scheme: every value the log writes (non-negative; signed values zigzagged first)
 * has the same bytes as on the wire, unsigned LEB128 ({@link FrameWriter#varint}), and the log's
 * zigzag is the wire's. Seeded; a failure names the seed and the value.
 */
class OneVarintSchemeTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldWriteTheWiresBytesForEveryValueTheLogWrites(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 10_000; i++) {
            long signed = r.nextLong() >> r.nextInt(64);
            long value = RecordCodec.zigzag(signed);
            LogBytes log = LogBytes.forWriting(16);
            log.writeStopBit(value);
            byte[] logBytes = Arrays.copyOf(log.underlyingObject(), (int) log.writePosition());
            String what = "seed " + seed + ", value " + Long.toUnsignedString(value);
            assertArrayEquals(new FrameWriter(16).varint(value).toByteArray(), logBytes, what);
            assertArrayEquals(new FrameWriter(16).zigzag(signed).toByteArray(), logBytes, what);
            assertEquals(signed, RecordCodec.unzigzag(LogBytes.forReading(logBytes).readStopBit()), what);
        }
    }
}
