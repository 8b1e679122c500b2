package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --json in a C locale (a container's default): the JVM writes stdout in ASCII there, and
 * non-ASCII argument values came out as {@code ?} (é) or an ASCII stand-in ({@code Delta} for
 * Δ) inside the JSON strings. Every non-ASCII character is now an escape, read back intact.
 */
class JsonLocaleTest {
    @TempDir Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void shouldCarryNonAsciiArgumentsIntactInACLocale() throws Exception {
        Path log = dir.resolve("u.symplog");
        Path script = dir.resolve("script.txt");
        Files.writeString(script, "record start " + log + "\nemit insert 0 é\nemit insert 1 Δ\n"
                + "emit insert 2 \uD834\uDD1E\nsleep 300ms\nrecord stop\nquit\n", StandardCharsets.UTF_8);
        CliTest.Result rec = CliTest.run("repl", "--app", "doc", "--script", script.toString());
        assertEquals(0, rec.code(), rec.err());

        Path out = dir.resolve("out.json");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "inspect", log.toString(), "--events", "--json")
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "inspect ends");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        byte[] bytes = Files.readAllBytes(out);
        for (byte b : bytes) {
            assertTrue(b >= 0, "ASCII only");
        }
        List<Object> chars = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.US_ASCII).strip().split("\n")) {
            Map<String, Object> m = JSON.std.mapFrom(line);
            if ("event".equals(m.get("record"))) {
                chars.add(((Map<String, Object>) ((Map<String, Object>) m.get("event")).get("args")).get("ch"));
            }
        }
        assertEquals(List.of("é", "Δ", "\uD834\uDD1E"), chars);
    }
}
