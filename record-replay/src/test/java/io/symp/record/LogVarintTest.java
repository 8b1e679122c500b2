package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.wire.FrameReader;
import io.symp.wire.FrameWriter;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.openhft.chronicle.bytes.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One varint scheme: the log's bytes are the wire's, and old Chronicle stop-bit logs read. */
class LogVarintTest {
    private static long draw(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(300);
            case 1 -> random.nextLong() >>> random.nextInt(64);
            case 2 -> -random.nextInt(1000) - 1;
            default -> random.nextLong();
        };
    }

    private static byte[] log(long v) {
        Bytes<byte[]> out = Bytes.allocateElasticOnHeap(16);
        LogVarint.write(v, out);
        byte[] b = Arrays.copyOf(out.underlyingObject(), (int) out.writePosition());
        out.releaseLast();
        return b;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shouldWriteTheWiresBytesAndReadThemBack(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 10_000; i++) {
            long v = i < 4 ? new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE, -1}[i] : draw(random);
            byte[] wire = new FrameWriter(16).varint(v).toByteArray();
            byte[] ours = log(v);
            assertArrayEquals(wire, ours, "seed " + seed + " value " + v);
            assertEquals(v, new FrameReader(ours, 0, ours.length).varint(), "seed " + seed);
            assertEquals(v, LogVarint.read(Bytes.wrapForRead(ours)), "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void shouldReadChronicleStopBitsAsEarlierLogsWroteThem(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 10_000; i++) {
            long v = draw(random);
            Bytes<byte[]> old = Bytes.allocateElasticOnHeap(16);
            old.writeStopBit(v);
            if (v >= 0) {
                assertArrayEquals(log(v), Arrays.copyOf(old.underlyingObject(),
                        (int) old.writePosition()), "seed " + seed + " value " + v);
            }
            assertEquals(v, LogVarint.read(old), "seed " + seed + " value " + v);
            old.releaseLast();
        }
    }
}
