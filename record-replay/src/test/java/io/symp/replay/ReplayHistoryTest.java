package io.symp.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.SymmetricApp;
import io.symp.peer.Rings;
import io.symp.record.LogHeader;
import io.symp.record.LogReader;
import io.symp.record.Recorder;
import io.symp.travel.TimeMachine;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay's history is bounded like a live peer's, whatever the log's length: its spaced ring
 * keeps its oldest snapshot, and every event after it, until trimmed. Before the replay trimmed,
 * it held every event of the log (a six-hour log ran out of a 160 MiB heap).
 */
class ReplayHistoryTest {
    @TempDir Path dir;

    @Test
    void shouldHoldABoundedHistoryWhateverTheLogsLength() throws IOException {
        SymmetricApp app = Apps.builtIn().create("counter");
        TimeMachine machine = Rings.timeMachine(app, Replayer.LIVE);
        Path file = dir.resolve("long.symplog");
        LogHeader header = new LogHeader("counter", 1, app.info().stateSize(), 0, 50, 1, "s", 0, 50, 3000);
        Recorder recorder = Recorder.open(file, header);
        machine.listener(recorder);
        long seq = 0;
        for (long t = 1; t <= 60_000; t++) {
            machine.advanceTo(t);
            Event e = new Event(t % 100 == 0 ? t - 30 : t + 5, 9, ++seq, 0, 1);
            boolean late = machine.accept(e) == TimeMachine.Acceptance.LATE;
            recorder.eventAccepted(e, t, late);
        }
        recorder.close();
        Replayer replayer = new Replayer(LogReader.open(file), app).historyEventsMax(4096);
        ReplayResult r = replayer.run();
        assertTrue(r.clean(), "tick " + r.firstMismatch() + ": " + r.mismatch());
        assertEquals(machine.state().hash(), r.state().hash());
        assertEquals(60_000, r.events());
        assertTrue(replayer.historyEventsPeak() <= 4096 + 3 * 1024,
                "history held: " + replayer.historyEventsPeak() + " events of 60,000");
    }
}
