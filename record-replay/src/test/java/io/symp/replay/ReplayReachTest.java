package io.symp.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.app.SymmetricApp;
import io.symp.peer.PeerConfig;
import io.symp.peer.Rings;
import io.symp.record.LogHeader;
import io.symp.record.LogReader;
import io.symp.record.Recorder;
import io.symp.travel.TimeMachine;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay reaches back exactly as far as the live peer: an event taken live is taken in replay. */
class ReplayReachTest {
    @TempDir Path dir;

    @Test
    void shouldReplayAnEventTakenFortyThousandTicksLate() throws IOException {
        SymmetricApp app = Apps.builtIn().create("counter");
        PeerConfig live = PeerConfig.defaults(1);
        TimeMachine machine = Rings.timeMachine(app, live);
        assertEquals(Rings.reachTicks(app, live), Rings.reachTicks(app, Replayer.LIVE), "the same ring");
        Path file = dir.resolve("late.symplog");
        LogHeader header = new LogHeader("counter", 1, app.info().stateSize(), 0, 50, 1, "s", 0, 50, 3000);
        Recorder recorder = Recorder.open(file, header);
        machine.listener(recorder);
        machine.advanceTo(50_000);
        Event late = new Event(10_000, 9, 1, 0, 5);
        assertEquals(TimeMachine.Acceptance.LATE, machine.accept(late), "the live ring reaches 40,000 ticks back");
        recorder.eventAccepted(late, 50_000, true);
        machine.advanceTo(50_100);
        recorder.close();
        ReplayResult r = new Replayer(LogReader.read(file), app).run();
        assertTrue(r.clean(), "tick " + r.firstMismatch() + ": " + r.mismatch());
        assertEquals(machine.state().hash(), r.state().hash());
    }
}
