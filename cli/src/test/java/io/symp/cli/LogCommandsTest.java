package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.AppIdentity;
import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.StateView;
import io.symp.app.SymmetricApp;
import io.symp.record.LogHeader;
import io.symp.record.Recorder;
import io.symp.record.StateFault;
import io.symp.travel.TimeMachine;
import io.symp.travel.TravelListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** symp replay, bisect and inspect on real log files recorded from a time machine. */
class LogCommandsTest {
    @TempDir
    Path dir;

    /** Records 2000 ticks of move with random events; flips a byte at faultTick if > 0. */
    private Path record(String name, long faultTick) throws IOException {
        SymmetricApp app = Apps.builtIn().create("move");
        AppIdentity id = AppIdentity.of(app);
        TimeMachine m = new TimeMachine(app, 8, 64);
        Path file = dir.resolve(name);
        LogHeader h = new LogHeader(id.name(), id.version(), id.stateSize(), id.codeHash(), 50,
                1, "test", 0, 50, 3000);
        StateFault fault = new StateFault(m.state(), faultTick, 0);
        try (Recorder rec = Recorder.open(file, h)) {
            m.listener(new TravelListener() {
                @Override
                public void ticked(long tick, StateView state) {
                    fault.ticked(tick, state);
                    rec.ticked(tick, state);
                }

                @Override
                public void travelled(long from, long to, long snapshot) {
                    rec.travelled(from, to, snapshot);
                }
            });
            SplittableRandom r = new SplittableRandom(3);
            for (long t = 1, seq = 1; t <= 2000; t++) {
                if (r.nextInt(3) == 0) {
                    Event e = new Event(Math.max(2, t + r.nextInt(-2, 4)), 9, seq++, r.nextInt(4));
                    boolean late = m.accept(e) == TimeMachine.Acceptance.LATE;
                    rec.eventAccepted(e, m.tick(), late);
                }
                m.advanceTo(t);
            }
        }
        return file;
    }

    @Test
    void shouldReplayAHealthyLogClean() throws IOException {
        CliTest.Result r = CliTest.run("replay", record("a.log", -1).toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"clean\":true"), r.out());
    }

    @Test
    void shouldPrintTheStateAtATick() throws IOException {
        CliTest.Result r = CliTest.run("replay", record("a.log", -1).toString(),
                "--to", "500", "--state");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("last tick: 500"), r.out());
        assertTrue(r.out().contains("state: x="), r.out());
    }

    @Test
    void shouldNameTheFaultyTickInBisect() throws IOException {
        CliTest.Result r = CliTest.run("bisect", record("bad.log", 777).toString(),
                record("good.log", -1).toString(), "--json");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("\"first_divergence\":777"), r.out());
    }

    @Test
    void shouldAgreeOnTwoHealthyLogs() throws IOException {
        CliTest.Result r = CliTest.run("bisect", record("a.log", -1).toString(),
                record("b.log", -1).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("agree over ticks"), r.out());
    }

    @Test
    void shouldInspectCountsAndEvents() throws IOException {
        CliTest.Result r = CliTest.run("inspect", record("a.log", -1).toString(), "--events");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("app: move v1"), r.out());
        assertTrue(r.out().contains("at_tick="), r.out());
        assertTrue(r.out().matches("(?s).*event=(up|down|left|right|space) \\(tick [0-9]+, origin [0-9a-f]+, seq [0-9]+\\).*"),
                "events by the app's names: " + r.out());
        assertTrue(r.out().contains("fields: [x, y"), r.out());
    }

    @Test
    void shouldWarnOnACutLogAndReportACorruptOneInOneLine() throws IOException {
        Path file = record("a.log", -1);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.log");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        CliTest.Result r = CliTest.run("replay", cut.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning:") && r.err().contains("cut at byte"), r.err());
        bytes[bytes.length / 2] ^= 0x10;
        Path bad = dir.resolve("bad.log");
        Files.write(bad, bytes);
        r = CliTest.run("replay", bad.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("damaged block at byte"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
