package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.core.UserError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LogReaderTest {
    static final LogHeader HEADER = new LogHeader("move", 1, 16, 0x1234L, 50, 7L, "s1",
            1_700_000_000_000L, 50, 3000);

    static byte[] smallLog(int blocks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LogWriter w = new LogWriter(bytes, HEADER)) {
            long seq = 1;
            for (int b = 0; b < blocks; b++) {
                for (int i = 0; i < 5; i++) {
                    long at = b * 10L + i + 1;
                    w.append(new LogRecord.EventRecord(at, new Event(at + 2, 7L, seq++, 1), false));
                }
                w.append(new LogRecord.Checkpoint(b * 10L + 6, b * 31L));
                w.flushBlock();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void shouldReadBackEveryRecord() throws IOException {
        LogContents log = LogReader.read(smallLog(3), "t");
        assertEquals(HEADER, log.header());
        assertEquals(18, log.records().size());
        assertNull(log.warning());
        LogRecord.EventRecord first = (LogRecord.EventRecord) log.records().get(0);
        assertEquals(new Event(3, 7L, 1, 1), first.event());
        assertEquals(1, first.atTick());
    }

    @Test
    void shouldReadUpToLastWholeBlockWhenCutAtEveryByte() throws IOException {
        byte[] full = smallLog(4);
        int headerEnd = 8 + java.nio.ByteBuffer.wrap(full)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(0);
        for (int cut = 0; cut < full.length; cut++) {
            byte[] part = Arrays.copyOf(full, cut);
            try {
                LogContents log = LogReader.read(part, "t");
                assertTrue(cut >= headerEnd, "cut " + cut);
                assertEquals(0, log.records().size() % 6, "cut " + cut);
                // A cut exactly between blocks is a shorter whole log; any other cut warns.
                assertEquals(boundaries(full).contains(cut), log.warning() == null, "cut " + cut);
            } catch (UserError e) {
                assertTrue(cut < headerEnd, "cut " + cut + ": " + e.getMessage());
                assertTrue(e.problemFound());
            }
        }
    }

    static java.util.Set<Integer> boundaries(byte[] log) {
        java.util.Set<Integer> at = new java.util.TreeSet<>();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(log)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int pos = 0; pos < log.length; pos += 8 + buf.getInt(pos)) {
            at.add(pos);
        }
        return at;
    }

    static List<Long> seeds() {
        return java.util.stream.LongStream.range(0, 300).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldReportCorruptionNeverAWrongAnswer(long seed) throws IOException {
        byte[] full = smallLog(4);
        LogContents good = LogReader.read(full, "t");
        SplittableRandom random = new SplittableRandom(seed);
        byte[] bad = full.clone();
        int at = random.nextInt(bad.length);
        bad[at] ^= (byte) (1 + random.nextInt(255));
        try {
            LogContents log = LogReader.read(bad, "t");
            // Only a damaged length field of the last block can look like a cut tail.
            assertNotNull(log.warning(), "seed " + seed + " byte " + at);
            assertEquals(good.records().subList(0, log.records().size()), log.records(),
                    "seed " + seed);
        } catch (UserError e) {
            assertTrue(e.problemFound(), "seed " + seed);
            assertTrue(e.getMessage().contains("byte") || e.getMessage().contains("not a symp"),
                    "seed " + seed + ": " + e.getMessage());
        }
    }
}
