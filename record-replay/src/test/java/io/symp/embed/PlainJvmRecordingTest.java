package io.symp.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.app.Apps;
import io.symp.record.LogReader;
import io.symp.replay.ReplayResult;
import io.symp.replay.Replayer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedding program records in a plain JVM: {@code java -cp ...} with no --add-opens, no
 * system properties, assertions on (as in a developer's IDE). It must print nothing on stderr
 * (no library complaining about missing flags) and leave a log that replays cleanly.
 */
class PlainJvmRecordingTest {
    @TempDir
    Path dir;

    @Test
    void shouldRecordWithoutJvmFlagsOrComplaints() throws Exception {
        Path log = dir.resolve("embedded.symplog");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(List.of(java, "-ea", "-cp", System.getProperty("java.class.path"),
                RecordingMain.class.getName(), log.toString()))
                .redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the program ends");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertEquals("", stderr.strip(), "nothing on stderr");
        assertEquals("events 5", Files.readString(dir.resolve("stdout.txt")).strip());
        ReplayResult r = new Replayer(LogReader.read(log), Apps.builtIn().create("counter")).run();
        assertTrue(r.clean(), r.firstMismatch() + " " + r.mismatch());
        assertEquals(5, r.events());
    }
}
