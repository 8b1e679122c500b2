package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built executable, run as a user runs it (after {@code package}): through the launcher
 * and under plain {@code java -jar}, on this JDK and on every JDK 24+ in /usr/lib/jvm. A replay,
 * a bisect and a peer (the launcher gives {@code peer} its own JVM options) print no WARNING or
 * ERROR line and write nothing into java.io.tmpdir or TMPDIR. The launcher's class-data archive
 * for {@code peer} (SYMP_CACHE_DIR) is made in the background, then used, without a word either,
 * and a damaged one is ignored.
 */
class LauncherIT {
    static final Path EXE = Path.of("target/symp");
    @TempDir static Path dir;
    static Path logA;
    static Path logB;

    @BeforeAll
    static void record() throws Exception {
        Path rec = dir.resolve("rec");
        Run r = run(List.of(EXE.toString(), "sim", "--topology", "line-3", "--duration", "3s",
                "--warmup", "1s", "--start-spread", "1s", "--rate", "600", "--seed", "1",
                "--record-dir", rec.toString()), null, dir.resolve("tmp-sim"), "");
        assertEquals(0, r.code, r.err);
        logA = rec.resolve("peer0.symplog");
        logB = rec.resolve("peer1.symplog");
    }

    static Stream<Arguments> javas() throws IOException {
        List<Arguments> all = new ArrayList<>();
        Path home = Path.of(System.getProperty("java.home"));
        all.add(Arguments.of(home, true));
        all.add(Arguments.of(home, false));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                for (Path h : homes.sorted().toList()) {
                    if (feature(h) >= 24 && !Files.isSymbolicLink(h)) {
                        all.add(Arguments.of(h, true));
                        all.add(Arguments.of(h, false));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} launcher={1}")
    @MethodSource("javas")
    void shouldReplayBisectAndRunAPeerWithoutAWarningOrATemporaryFile(Path javaHome, boolean launcher)
            throws Exception {
        for (List<String> args : List.of(List.of("replay", logA.toString()),
                List.of("bisect", logA.toString(), logB.toString()),
                List.of("inspect", logA.toString()), List.of("--version"),
                List.of("peer", "--id", "1", "--until-tick", "25"))) {
            Path tmp = Files.createTempDirectory(dir, "tmp");
            List<String> command = new ArrayList<>();
            if (launcher) {
                command.add(EXE.toString());
            } else {
                command.addAll(List.of(javaHome.resolve("bin/java").toString(),
                        "-Djava.io.tmpdir=" + tmp, "-jar", EXE.toString()));
            }
            command.addAll(args);
            Run r = run(command, launcher ? javaHome : null, tmp, "");
            assertEquals(0, r.code, args + ": " + r.err);
            for (String line : r.err.lines().toList()) {
                assertTrue(!line.contains("WARNING") && !line.contains("ERROR"), args + ": " + line);
            }
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList(), args + " wrote into the temporary directory");
            }
        }
    }

    /**
     * A first peer finds no archive and starts making one; a later peer maps it (-Xshare:on makes
     * the JVM fail if it cannot); a damaged archive is passed over in silence.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("launcherJavas")
    void shouldMakeAClassDataArchiveForPeersThenUseItQuietly(Path javaHome) throws Exception {
        Path cache = Files.createTempDirectory(dir, "cache");
        List<String> peer = List.of(EXE.toString(), "peer", "--id", "1", "--until-tick", "25");
        assertQuiet(run(peer, javaHome, dir.resolve("tmp-cds"), cache.toString()), "first peer");
        Path archive = awaitArchive(cache);
        assertQuiet(run(peer, javaHome, dir.resolve("tmp-cds"), cache.toString(), "-Xshare:on"), "peer on the archive");
        Files.delete(archive); // read-only, as the JVM writes it
        Files.write(archive, new byte[64 * 1024]);
        assertQuiet(run(peer, javaHome, dir.resolve("tmp-cds"), cache.toString()), "peer with a damaged archive");
        assertQuiet(run(List.of(EXE.toString(), "--version"), javaHome, dir.resolve("tmp-cds"), cache.toString()),
                "--version");
    }

    static Stream<Path> launcherJavas() throws IOException {
        return javas().filter(a -> (boolean) a.get()[1]).map(a -> (Path) a.get()[0]);
    }

    /** The archive the background job made, once its lock is gone; fails if it made none. */
    static Path awaitArchive(Path cache) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try (Stream<Path> files = Files.list(cache)) {
                List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
                if (names.stream().noneMatch(n -> n.endsWith(".lock"))) {
                    assertEquals(1, names.size(), names.toString());
                    assertTrue(names.get(0).matches("peer-[0-9-]+\\.jsa"), names.toString());
                    return cache.resolve(names.get(0));
                }
            }
            assertTrue(System.nanoTime() < deadline, "the archive job finished within two minutes");
            Thread.sleep(200);
        }
    }

    static void assertQuiet(Run r, String what) {
        assertEquals(0, r.code, what + ": " + r.err);
        assertEquals(List.of(), r.err.lines().filter(l -> !l.startsWith("symp peer") && !l.startsWith("stats "))
                .toList(), what);
    }

    record Run(int code, String out, String err) {}

    static Run run(List<String> command, Path javaHome, Path tmp, String cacheDir, String... javaOpts)
            throws Exception {
        Files.createDirectories(tmp);
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile()));
        if (javaHome != null) {
            pb.environment().put("JAVA_HOME", javaHome.toString());
            pb.environment().put("SYMP_JAVA_OPTS", String.join(" ", javaOpts) + " -Djava.io.tmpdir=" + tmp);
        }
        // Empty: no archive (a background job would outlive the test); else where the launcher keeps it.
        pb.environment().put("SYMP_CACHE_DIR", cacheDir);
        pb.environment().put("TMPDIR", tmp.toString());
        Path out = Files.createTempFile(tmp.getParent(), "out", ".txt");
        Path err = Files.createTempFile(tmp.getParent(), "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static int feature(Path javaHome) {
        Path release = javaHome.resolve("release");
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    String v = line.substring("JAVA_VERSION=\"".length());
                    return Integer.parseInt(v.split("[.\"]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
