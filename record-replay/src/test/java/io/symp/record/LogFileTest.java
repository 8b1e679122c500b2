package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Event;
import io.symp.core.UserError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log streamed from its file gives what reading it whole gives, and reports the same damage. */
class LogFileTest {
    @TempDir Path dir;

    private static List<LogRecord> list(LogSource log) {
        List<LogRecord> out = new ArrayList<>();
        log.records().forEach(out::add);
        return out;
    }

    @Test
    void shouldStreamEveryRecordReadWholeAndAgainAtEveryIteration() throws IOException {
        Path file = Files.write(dir.resolve("a.log"), LogReaderTest.smallLog(40));
        LogContents whole = LogReader.read(file);
        LogFile streamed = LogReader.open(file);
        assertEquals(whole.header(), streamed.header());
        assertEquals(whole.blocks(), streamed.blocks());
        assertEquals(whole.records(), list(streamed));
        assertEquals(whole.records(), list(streamed));
    }

    @Test
    void shouldStreamABlockLargerThanTheReadWindow() throws IOException {
        byte[] region = new byte[LogInput.WINDOW_BYTES * 3 + 17];
        new SplittableRandom(5).nextBytes(region);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LogWriter w = new LogWriter(bytes, LogReaderTest.HEADER)) {
            w.append(new LogRecord.EventRecord(1, new Event(3, 7L, 1, 1), false));
            w.flushBlock();
            w.append(new LogRecord.Snapshot(2, region));
            w.flushBlock();
            w.append(new LogRecord.Checkpoint(3, 9L));
        }
        Path file = Files.write(dir.resolve("big.log"), bytes.toByteArray());
        List<LogRecord> records = list(LogReader.open(file));
        assertEquals(3, records.size());
        assertArrayEquals(region, ((LogRecord.Snapshot) records.get(1)).region());
        assertEquals(new LogRecord.Checkpoint(3, 9L), records.get(2));
    }

    @Test
    void shouldReportEveryFlippedByteExactlyAsReadingWholeDoes() throws IOException {
        byte[] full = LogReaderTest.smallLog(6);
        Path file = dir.resolve("bad.log");
        for (int at = 0; at < full.length; at += 3) {
            byte[] bad = full.clone();
            bad[at] ^= 0x21;
            Files.write(file, bad);
            UserError whole = assertThrows(UserError.class, () -> LogReader.read(bad, file.toString()));
            UserError streamed = assertThrows(UserError.class, () -> LogReader.open(file), "byte " + at);
            assertEquals(whole.getMessage(), streamed.getMessage(), "byte " + at);
            assertEquals(whole.problemFound(), streamed.problemFound(), "byte " + at);
        }
    }

    @Test
    void shouldReadOnlyWhatWasCheckedWhileTheLogGrows() throws IOException {
        byte[] first = LogReaderTest.smallLog(3);
        Path file = Files.write(dir.resolve("growing.log"), first);
        LogFile log = LogReader.open(file);
        int before = list(log).size();
        byte[] more = LogReaderTest.smallLog(5);
        int headerEnd = LogReaderTest.boundaries(more).stream().skip(1).findFirst().orElseThrow();
        Files.write(file, java.util.Arrays.copyOfRange(more, headerEnd, more.length), StandardOpenOption.APPEND);
        assertEquals(before, list(log).size());
        assertEquals(before + 30, list(LogReader.open(file)).size());
    }

    @Test
    void shouldSayALogCutAfterItWasOpenedChangedWhileBeingRead() throws IOException {
        byte[] full = LogReaderTest.smallLog(4);
        Path file = Files.write(dir.resolve("cut.log"), full);
        LogFile log = LogReader.open(file);
        Files.write(file, java.util.Arrays.copyOf(full, full.length - 5));
        UserError e = assertThrows(UserError.class, () -> list(log));
        assertTrue(e.problemFound());
        assertTrue(e.getMessage().contains("changed while being read"), e.getMessage());
    }
}
