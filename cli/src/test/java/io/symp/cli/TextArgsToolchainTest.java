package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.cli.apps.AppJar;
import io.symp.testapps.NoteApp;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app with text and byte-string arguments, from its jar, through a recorded simulation
 * (the random workload drawing texts and bytes), replay, bisect and inspect.
 */
class TextArgsToolchainTest {
    @TempDir Path dir;

    @Test
    void shouldRecordReplayBisectAndInspectTextArguments() throws Exception {
        String jar = AppJar.ofClasses(dir.resolve("note.jar"), NoteApp.class).toString();
        Path rec = dir.resolve("rec");
        CliTest.Result sim = CliTest.run("sim", "--app-path", jar, "--app", "note", "--topology", "line-3",
                "--duration", "4s", "--start-spread", "0s", "--rate", "1200", "--seed", "5", "--sync-test", "4",
                "--record-dir", rec.toString(), "--no-timing");
        assertEquals(0, sim.code(), sim.out() + sim.err());
        for (int i = 0; i < 3; i++) {
            String log = rec.resolve("peer" + i + ".symplog").toString();
            CliTest.Result replay = CliTest.run("replay", "--app-path", jar, log);
            assertEquals(0, replay.code(), "peer " + i + " replays clean: " + replay.out() + replay.err());
        }
        CliTest.Result bisect = CliTest.run("bisect", "--app-path", jar, rec.resolve("peer0.symplog").toString(),
                rec.resolve("peer2.symplog").toString());
        assertEquals(0, bisect.code(), bisect.out() + bisect.err());
        CliTest.Result inspect = CliTest.run("inspect", "--app-path", jar, "--events",
                rec.resolve("peer1.symplog").toString());
        assertEquals(0, inspect.code(), inspect.err());
        assertTrue(inspect.out().matches("(?s).* note text=\"[^\"]+\".*"), inspect.out());
        assertTrue(inspect.out().matches("(?s).* tag key=0x([0-9a-f]{2}){0,8} n=-?\\d+.*"), inspect.out());
    }
}
