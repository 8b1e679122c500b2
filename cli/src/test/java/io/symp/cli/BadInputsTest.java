package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ordinary mistakes across every command: each is refused before any work starts with one line
 * on stderr naming what and why, exit 2 (1 for a problem found in data), never a stack trace
 * and never exit 3. Placeholders: TEXT (a text file), BIN (random bytes), DIR (a directory),
 * LOG (a real log), MISSING (no such file), LOGDIR (a directory holding logs).
 */
class BadInputsTest {
    @TempDir static Path dir;
    static Path text;
    static Path bin;
    static Path log;
    static Path logDir;
    static Path damaged;

    @BeforeAll
    static void files() throws Exception {
        text = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        bin = Files.write(dir.resolve("noise.bin"), new byte[] {0, (byte) 0xff, 3, (byte) 0xc3, 0x28, 0, 1});
        Files.createDirectories(dir.resolve("adir"));
        logDir = dir.resolve("logs");
        CliTest.Result r = CliTest.run("sim", "--topology", "line-3", "--duration", "2s",
                "--start-spread", "0s", "--record-dir", logDir.toString());
        assertEquals(0, r.code(), r.err());
        log = logDir.resolve("peer0.symplog");
        byte[] bytes = Files.readAllBytes(log);
        bytes[bytes.length / 2] ^= 0x5a;
        damaged = Files.write(dir.resolve("damaged.symplog"), bytes);
    }

    static Stream<Arguments> cases() {
        List<Object[]> c = new ArrayList<>();
        // The root and help.
        c.add(new Object[] {2, "nonsense"});
        c.add(new Object[] {2, "--bogus"});
        c.add(new Object[] {2, "apps", "--bogus"});
        c.add(new Object[] {2, "apps", "extra"});
        c.add(new Object[] {2, "apps", "--app-path", "MISSING"});
        c.add(new Object[] {2, "apps", "--app-path", "TEXT"});
        c.add(new Object[] {2, "apps", "--app-path", "DIR"});
        c.add(new Object[] {2, "peer", "--app-path", "TEXT"});
        // topo
        c.add(new Object[] {2, "topo", "show", "nosuch-topology"});
        c.add(new Object[] {2, "topo", "show", "MISSING"});
        c.add(new Object[] {2, "topo", "show", "line-0"});
        c.add(new Object[] {2, "topo", "show"});
        c.add(new Object[] {2, "topo", "frob"});
        c.add(new Object[] {1, "topo", "check", "TEXT"});
        c.add(new Object[] {2, "topo", "check", "MISSING"});
        c.add(new Object[] {2, "topo", "check", "DIR"});
        // sim: ranges
        c.add(new Object[] {2, "sim", "--duration", "0s"});
        c.add(new Object[] {2, "sim", "--duration", "5"});
        c.add(new Object[] {2, "sim", "--duration", "-5s"});
        c.add(new Object[] {2, "sim", "--duration", "2y"});
        c.add(new Object[] {2, "sim", "--rate", "NaN"});
        c.add(new Object[] {2, "sim", "--rate", "1e308"});
        c.add(new Object[] {2, "sim", "--rate", "-1"});
        c.add(new Object[] {2, "sim", "--rate", "fast"});
        c.add(new Object[] {2, "sim", "--delta", "999999h"});
        c.add(new Object[] {2, "sim", "--delta", "0ms"});
        c.add(new Object[] {2, "sim", "--delta", "soon"});
        c.add(new Object[] {2, "sim", "--mult", "-1"});
        c.add(new Object[] {2, "sim", "--mult", "0"});
        c.add(new Object[] {2, "sim", "--mult", "Infinity"});
        c.add(new Object[] {2, "sim", "--fps", "0"});
        c.add(new Object[] {2, "sim", "--fps", "5000"});
        c.add(new Object[] {2, "sim", "--runs", "0"});
        c.add(new Object[] {2, "sim", "--sync-test", "-1"});
        c.add(new Object[] {2, "sim", "--warmup", "10s", "--duration", "5s"});
        c.add(new Object[] {2, "sim", "--latency", "50"});
        c.add(new Object[] {2, "sim", "--protocol", "tcp"});
        c.add(new Object[] {2, "sim", "--links", "sideways"});
        c.add(new Object[] {2, "sim", "--churn", "40"});
        c.add(new Object[] {2, "sim", "--churn", "0:20"});
        c.add(new Object[] {2, "sim", "--churn", "Infinity:20"});
        c.add(new Object[] {2, "sim", "--churn", "40s:20y"});
        c.add(new Object[] {2, "sim", "--rollback-budget", "1"});
        c.add(new Object[] {2, "sim", "--app", "nosuchapp"});
        c.add(new Object[] {2, "sim", "--topology", "MISSING"});
        // sim: combinations and files
        c.add(new Object[] {2, "sim", "--fault", "flip:999@10"});
        c.add(new Object[] {2, "sim", "--fault", "flip:3@99999999", "--duration", "2s"});
        c.add(new Object[] {2, "sim", "--fault", "flip3"});
        c.add(new Object[] {2, "sim", "--grid", "paper", "--topology", "line-3"});
        c.add(new Object[] {2, "sim", "--grid", "paper", "--out", "TEXT"});
        c.add(new Object[] {2, "sim", "--grid", "huge"});
        c.add(new Object[] {2, "sim", "--grid", "paper", "--delta", "1s"});
        c.add(new Object[] {2, "sim", "--grid", "paper", "--record-dir", "DIR"});
        c.add(new Object[] {2, "sim", "--grid", "paper", "--fault", "flip:1@10"});
        c.add(new Object[] {2, "sim", "--app-throws", "150"});
        c.add(new Object[] {2, "sim", "--app-throws", "NaN"});
        c.add(new Object[] {2, "sim", "--link-buffer", "0"});
        c.add(new Object[] {2, "sim", "--record-dir", "TEXT"});
        c.add(new Object[] {2, "sim", "--record-dir", "LOGDIR"});
        // peer
        c.add(new Object[] {2, "peer", "--until-tick", "-5"});
        c.add(new Object[] {2, "peer", "--record", "DIR"});
        c.add(new Object[] {2, "peer", "--record", "MISSING/x.symplog"});
        c.add(new Object[] {2, "peer", "--record", "LOG"});
        c.add(new Object[] {2, "peer", "--listen", "nosuchhost.invalid:7000"});
        c.add(new Object[] {2, "peer", "--listen", "70000"});
        c.add(new Object[] {2, "peer", "--listen", "host:"});
        c.add(new Object[] {2, "peer", "--join", "127.0.0.1:0"});
        c.add(new Object[] {2, "peer", "--join", "nosuchhost.invalid:7000"});
        c.add(new Object[] {2, "peer", "--join", "7001x"});
        c.add(new Object[] {2, "peer", "--emit-rate", "-3"});
        c.add(new Object[] {2, "peer", "--emit-rate", "NaN"});
        c.add(new Object[] {2, "peer", "--as", "3"});
        c.add(new Object[] {2, "peer", "--topology", "line-3"});
        c.add(new Object[] {2, "peer", "--fps", "0"});
        c.add(new Object[] {2, "peer", "--delta", "0ms"});
        c.add(new Object[] {2, "peer", "--sync-test", "99999"});
        c.add(new Object[] {2, "peer", "--secret-file", "MISSING"});
        c.add(new Object[] {2, "peer", "--app", "nosuchapp"});
        c.add(new Object[] {2, "peer", "--repl", "--until-tick", "5"});
        c.add(new Object[] {2, "peer", "--id", "twelve"});
        // repl
        c.add(new Object[] {2, "repl", "--script", "DIR"});
        c.add(new Object[] {2, "repl", "--script", "BIN"});
        c.add(new Object[] {2, "repl", "--script", "MISSING"});
        c.add(new Object[] {2, "repl", "--join", "127.0.0.1:0"});
        c.add(new Object[] {2, "repl", "--fps", "-1"});
        // replay, bisect, inspect
        c.add(new Object[] {2, "replay", "TEXT"});
        c.add(new Object[] {2, "replay", "BIN"});
        c.add(new Object[] {2, "replay", "MISSING"});
        c.add(new Object[] {2, "replay", "DIR"});
        c.add(new Object[] {2, "replay", "LOG", "--to", "-5"});
        c.add(new Object[] {2, "replay"});
        c.add(new Object[] {1, "replay", "DAMAGED"});
        c.add(new Object[] {2, "bisect", "LOG", "TEXT"});
        c.add(new Object[] {2, "bisect", "LOG"});
        c.add(new Object[] {2, "bisect", "MISSING", "LOG"});
        c.add(new Object[] {1, "bisect", "LOG", "DAMAGED"});
        c.add(new Object[] {2, "inspect", "MISSING"});
        c.add(new Object[] {2, "inspect", "TEXT"});
        c.add(new Object[] {2, "inspect", "DIR"});
        c.add(new Object[] {1, "inspect", "DAMAGED"});
        // demo
        c.add(new Object[] {2, "demo", "--seconds", "-1"});
        c.add(new Object[] {2, "demo", "--seconds", "0"});
        c.add(new Object[] {2, "demo", "--seconds", "soon"});
        c.add(new Object[] {2, "demo", "--rate", "-3"});
        c.add(new Object[] {2, "demo", "--app", "nosuchapp"});
        return c.stream().map(a -> Arguments.of(a[0], Arrays.copyOfRange(a, 1, a.length)));
    }

    static String[] resolve(Object[] args) {
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = ((String) args[i]).replace("LOGDIR", logDir.toString())
                    .replace("TEXT", text.toString()).replace("BIN", bin.toString())
                    .replace("DIR", dir.resolve("adir").toString())
                    .replace("DAMAGED", damaged.toString()).replace("LOG", log.toString())
                    .replace("MISSING", dir.resolve("missing").toString());
        }
        return out;
    }

    @ParameterizedTest(name = "exit {0}: symp {1}")
    @org.junit.jupiter.api.Timeout(60)
    @MethodSource("cases")
    void shouldRefuseInOneLine(int code, Object[] args) throws Exception {
        String[] argv = resolve(args);
        long logBytes = Files.size(log);
        CliTest.Result r = CliTest.run(argv);
        String what = String.join(" ", argv) + "\nstderr: " + r.err();
        assertEquals(code, r.code(), what);
        List<String> lines = r.err().strip().lines().toList();
        assertEquals(1, lines.size(), what);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), what);
        boolean fileLine = argv[0].equals("topo") && lines.get(0).startsWith(argv[argv.length - 1] + ":");
        assertTrue(lines.get(0).startsWith("symp") || fileLine, what);
        assertEquals(logBytes, Files.size(log), "a log was replaced: " + what);
    }
}
