package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.travel.TimeMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {
    @TempDir
    Path dir;

    static final LogHeader HEADER = new LogHeader("move", 1, 16, 1L, 50, 7L, "s", 0, 50, 3000);

    @Test
    void shouldWriteAWholeBlockPerSecondOfTicksAndTheRestOnClose() throws IOException {
        Path file = dir.resolve("r.log");
        TimeMachine m = new TimeMachine(Apps.builtIn().create("move"), 8, 16);
        Recorder rec = Recorder.open(file, HEADER);
        m.listener(rec);
        m.advanceTo(120);
        LogContents partial = LogReader.read(file);
        assertNull(partial.warning());
        assertEquals(3, partial.blocks(), "header and two seconds of ticks");
        rec.close();
        LogContents all = LogReader.read(file);
        long hashes = all.records().stream().filter(r -> r instanceof LogRecord.TickHash
                || r instanceof LogRecord.Checkpoint).count();
        assertEquals(120, hashes);
        assertTrue(all.records().get(0) instanceof LogRecord.Snapshot);
        assertTrue(Files.size(file) < 120 * 5 + 200, "size " + Files.size(file));
    }
}
