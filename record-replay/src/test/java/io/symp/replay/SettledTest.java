package io.symp.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.SymmetricApp;
import io.symp.peer.Rings;
import io.symp.record.LogContents;
import io.symp.record.LogHeader;
import io.symp.record.LogReader;
import io.symp.record.LogRecord;
import io.symp.record.Recorder;
import io.symp.travel.TimeMachine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settled timeline, simulated as the log streams by, is the one all events known at once give. */
class SettledTest {
    @TempDir Path dir;

    @Test
    void shouldGiveTheHashesOfEveryEventKnownFromTheStart() throws IOException {
        SymmetricApp app = Apps.builtIn().create("counter");
        TimeMachine live = Rings.timeMachine(app, Replayer.LIVE);
        Path file = dir.resolve("late.symplog");
        Recorder recorder = Recorder.open(file,
                new LogHeader("counter", 1, app.info().stateSize(), 0, 50, 1, "s", 0, 50, 3000));
        live.listener(recorder);
        SplittableRandom random = new SplittableRandom(3);
        for (long t = 1, seq = 0; t <= 6_000; t++) {
            live.advanceTo(t);
            if (random.nextInt(4) == 0) {
                Event e = new Event(Math.max(1, t + random.nextInt(-400, 30)), 9, ++seq, 0, random.nextInt(100));
                boolean late = live.accept(e) == TimeMachine.Acceptance.LATE;
                recorder.eventAccepted(e, t, late);
            }
        }
        recorder.close();
        LogContents log = LogReader.read(file);
        Settled settled = Settled.of(LogReader.open(file), app, true, Long.MAX_VALUE);
        TimeMachine all = new TimeMachine(Apps.builtIn().create("counter"), 64, 2);
        for (LogRecord r : log.records()) {
            if (r instanceof LogRecord.EventRecord e) {
                all.accept(e.event());
            }
        }
        for (long t = 1; t <= settled.lastTick(); t++) {
            all.advanceTo(t);
            assertEquals(all.state().hash(), settled.hashAt(t), "tick " + t);
        }
        assertEquals(6_000, settled.lastTick());
    }
}
