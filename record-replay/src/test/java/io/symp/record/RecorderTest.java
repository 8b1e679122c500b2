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
        assertEquals(4, partial.blocks(), "header, the first snapshot (a block of its own), two seconds of ticks");
        rec.close();
        LogContents all = LogReader.read(file);
        long hashes = all.records().stream().filter(r -> r instanceof LogRecord.TickHash
                || r instanceof LogRecord.Checkpoint).count();
        assertEquals(120, hashes);
        assertTrue(all.records().get(0) instanceof LogRecord.Snapshot);
        assertTrue(Files.size(file) < 120 * 5 + 200, "size " + Files.size(file));
    }

    /** A disk that fills after {@code room} bytes (the write that overflows lands in part), then frees up. */
    static final class FillingDisk extends java.io.OutputStream {
        final java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
        int room;
        int failures;

        FillingDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int fits = Math.min(room, len);
            written.write(b, off, fits);
            room -= fits;
            if (fits < len) {
                failures++;
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void shouldStopOnceOnAFullDiskKeepWholeBlocksAndNeverWriteAgain() throws IOException {
        FillingDisk disk = new FillingDisk(3000);
        Recorder rec = new Recorder(new LogWriter(disk, HEADER), HEADER);
        TimeMachine m = new TimeMachine(Apps.builtIn().create("move"), 8, 16);
        m.listener(rec);
        m.advanceTo(1000);
        assertEquals("No space left on device", rec.stopped(), "the recording stopped; the ticking went on");
        assertEquals(1000, m.tick());
        int size = disk.written.size();
        disk.room = 1 << 20;
        m.advanceTo(1200);
        rec.close();
        assertEquals(1, disk.failures, "one failed write, never retried");
        assertEquals(size, disk.written.size(), "nothing written once space is free again");
        LogContents log = LogReader.read(disk.written.toByteArray(), "full");
        assertTrue(log.warning() != null && log.warning().contains("read up to its last whole block"),
                String.valueOf(log.warning()));
        long hashes = log.records().stream().filter(r -> r instanceof LogRecord.TickHash).count();
        assertTrue(hashes > 100, "the whole blocks before the disk filled read back: " + hashes);
    }

    @Test
    void shouldKeepEveryBlockOfALargeStateWithinWhatReadersTake() throws IOException {
        Path file = dir.resolve("big.log");
        Recorder rec = Recorder.open(file, HEADER);
        for (int i = 0; i < 3; i++) {
            rec.eventAccepted(new io.symp.app.Event(i + 5, 1, i + 1, 0), i + 1, false);
        }
        byte[] region = new byte[io.symp.peer.Limits.STATE_BYTES_MAX + io.symp.app.State.HEADER_BYTES];
        region[region.length - 1] = 7;
        io.symp.app.State big = new io.symp.app.State(io.symp.peer.Limits.STATE_BYTES_MAX);
        System.arraycopy(region, 0, big.region(), 0, region.length);
        rec.ticked(1, big);
        rec.close();
        LogContents log = LogReader.read(file);
        LogRecord.Snapshot s = (LogRecord.Snapshot) log.records().stream()
                .filter(r -> r instanceof LogRecord.Snapshot).findFirst().orElseThrow();
        assertEquals(7, s.region()[region.length - 1], "the largest state, recorded and read back whole");
    }
}
