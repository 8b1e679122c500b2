package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
        int headerEnd = 16 + length(full, 0);
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

    private static int length(byte[] log, int pos) {
        return java.nio.ByteBuffer.wrap(log).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(pos + 4);
    }

    static java.util.Set<Integer> boundaries(byte[] log) {
        java.util.Set<Integer> at = new java.util.TreeSet<>();
        for (int pos = 0; pos < log.length; pos += 16 + length(log, pos)) {
            at.add(pos);
        }
        return at;
    }

    static List<Long> seeds() {
        return java.util.stream.LongStream.range(0, 300).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldReportAnyFlippedByteAsDamageNeverAShorterLog(long seed) throws IOException {
        byte[] full = smallLog(4);
        SplittableRandom random = new SplittableRandom(seed);
        byte[] bad = full.clone();
        int at = random.nextInt(bad.length);
        bad[at] ^= (byte) (1 + random.nextInt(255));
        UserError e = assertThrows(UserError.class, () -> LogReader.read(bad, "t"), "seed " + seed + " byte " + at);
        assertTrue(e.problemFound(), "seed " + seed);
        assertTrue(e.getMessage().contains("damaged block at byte") || e.getMessage().contains("not a symp"),
                "seed " + seed + ": " + e.getMessage());
    }

    @Test
    void shouldReportAFlippedByteInEveryBlockHeaderWithItsOffsetAndFindTheBlocksAfter() throws IOException {
        byte[] full = smallLog(4);
        List<Integer> blocks = new java.util.ArrayList<>(boundaries(full));
        for (int b = 1; b < blocks.size(); b++) {
            int block = blocks.get(b);
            for (int i = 0; i < 16; i++) {
                byte[] bad = full.clone();
                bad[block + i] ^= 0x10;
                UserError e = assertThrows(UserError.class, () -> LogReader.read(bad, "t"), "block " + b + " byte " + i);
                int later = blocks.size() - 1 - b;
                String found = later == 0 ? "no intact block after it"
                        : later + " intact block" + (later == 1 ? "" : "s") + " (" + 6 * later + " records) found again"
                        + " after it, from byte " + blocks.get(b + 1);
                assertEquals("t: damaged block at byte " + block + " (block header checksum mismatch); " + found,
                        e.getMessage());
            }
        }
    }

    @Test
    void shouldTellAVersionOneLogApart() {
        byte[] old = new byte[40];
        System.arraycopy(LogHeader.MAGIC, 0, old, 8, LogHeader.MAGIC.length);
        UserError e = assertThrows(UserError.class, () -> LogReader.read(old, "old"));
        assertEquals("old: log format version 1, this symp reads versions 2 to 3", e.getMessage());
    }

    /**
     * logs/doc-v2.symplog was recorded by {@code symp peer --app doc --emit-rate 3000 --until-tick
     * 150 --seed 5 --id 7} with the writer of format version 2, before text arguments existed.
     */
    @Test
    void shouldReadAVersionTwoLogRecordedBeforeTextArguments() throws IOException {
        byte[] v2;
        try (java.io.InputStream in = LogReaderTest.class.getResourceAsStream("/logs/doc-v2.symplog")) {
            v2 = in.readAllBytes();
        }
        assertEquals(2, v2[16 + LogHeader.MAGIC.length], "the fixture is a version-2 log");
        LogContents log = LogReader.read(v2, "doc-v2.symplog");
        assertNull(log.warning());
        assertEquals("doc", log.header().appName());
        List<LogRecord.EventRecord> events = log.records().stream()
                .filter(r -> r instanceof LogRecord.EventRecord).map(r -> (LogRecord.EventRecord) r).toList();
        assertEquals(196, events.size());
        LogRecord.EventRecord first = events.get(0);
        assertEquals(62, first.atTick());
        assertEquals(88, first.event().tick());
        assertEquals(1, first.event().type(), "delete");
        assertEquals(-23, first.event().arg(0));
        assertTrue(events.stream().allMatch(e -> e.event().args().numbersOnly()));
    }

    @Test
    void shouldWriteVersionThreeAndReadBackTextsAndBytes() throws IOException {
        Event say = new Event(4, 7L, 1, 0, io.symp.app.EventArgs.builder().text("hé \"you\"").number(-2)
                .bytes(new byte[] {0, (byte) 0xff}).build());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LogWriter w = new LogWriter(bytes, HEADER)) {
            w.append(new LogRecord.EventRecord(2, say, true));
        }
        byte[] log = bytes.toByteArray();
        assertEquals(LogHeader.FORMAT_VERSION, log[16 + LogHeader.MAGIC.length]);
        assertEquals(3, LogHeader.FORMAT_VERSION);
        assertEquals(new LogRecord.EventRecord(2, say, true), LogReader.read(log, "t").records().get(0));
    }

    @Test
    void shouldNameTheVersionsItReadsForANewerLog() throws IOException {
        byte[] log = smallLog(1);
        log[16 + LogHeader.MAGIC.length] = 4;
        fixHeaderChecksums(log);
        UserError e = assertThrows(UserError.class, () -> LogReader.read(log, "new"));
        assertEquals("new: log format version 4, this symp reads versions 2 to 3", e.getMessage());
    }

    /** Recomputes the first block's checksums after an edit of its payload. */
    private static void fixHeaderChecksums(byte[] log) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(log).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        java.util.zip.CRC32C payload = new java.util.zip.CRC32C();
        payload.update(log, 16, b.getInt(4));
        b.putInt(8, (int) payload.getValue());
        java.util.zip.CRC32C head = new java.util.zip.CRC32C();
        head.update(log, 0, 12);
        b.putInt(12, (int) head.getValue());
    }
}
