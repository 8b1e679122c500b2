package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the log is not written by Chronicle Bytes (issue 14 asked to keep it in its lightest form;
 * record-replay/pom.xml and docs/PERFORMANCE.md, "Chronicle Bytes"), measured rather than
 * argued: its lightest form (chronicle-bytes and chronicle-core 2026.4 without posix, JNA, jnr,
 * jffi or chronicle-analytics, an on-heap buffer) is run in child JVMs as a user would run symp:
 * {@code java -jar} on a jar whose manifest carries the one Add-Opens it needs.
 *
 * <ul>
 *   <li>It writes the log's bytes (LogBytes reads all it writes, and writes the same for values
 *       below 2^63), loads no native library and unpacks nothing into the temporary directory.
 *   <li>On JDK 17 the manifest's {@code Add-Opens: java.base/java.lang.reflect} silences it; a
 *       program embedding it ({@code java -cp}, no manifest) gets an ERROR line unless it passes
 *       {@code --add-opens java.base/java.lang.reflect=ALL-UNNAMED}.
 *   <li>On JDK 24 and later (JEP 498) every Chronicle buffer goes through
 *       {@code sun.misc.Unsafe}, and the JVM prints four WARNING lines on stderr at its first use.
 *       No manifest attribute and no system property set at run time silences them; only the
 *       command-line option {@code --sun-misc-unsafe-memory-access=allow} does (or its
 *       {@code -D} form), which plain {@code java -jar} does not pass and JDK 17 refuses; in
 *       {@code JDK_JAVA_OPTIONS} the JVM prints a NOTE line instead; with {@code =deny}
 *       Chronicle fails.
 * </ul>
 *
 * If the last point stops holding (a Chronicle Bytes release without sun.misc.Unsafe), this test
 * fails, saying that Chronicle Bytes may serve the log again.
 */
class ChronicleBytesEvidenceTest {
    static final String OPENS = "java.base/java.lang.reflect";
    static final String UNSAFE_WARNING = "WARNING: sun.misc.Unsafe::objectFieldOffset has been called by"
            + " net.openhft.chronicle.core.UnsafeMemory";
    static final String CLASS_UTIL_ERROR = "ERROR net.openhft.chronicle.core.internal.ClassUtil - Chronicle"
            + " products may require command line arguments";

    @TempDir static Path dir;
    static Path jar;
    static String classPath;

    @BeforeAll
    static void probeJar() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        List<String> names = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.matches("(chronicle-bytes|chronicle-core|slf4j-api|slf4j-simple)-.*\\.jar")) {
                Files.copy(Path.of(entry), lib.resolve(name));
                names.add("lib/" + name);
            }
        }
        assertEquals(4, names.size(), "chronicle-bytes, chronicle-core and SLF4J on the test class path");
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, ChronicleProbeMain.class.getName());
        a.put(Attributes.Name.CLASS_PATH, String.join(" ", names));
        a.putValue("Add-Opens", OPENS);
        jar = dir.resolve("probe.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m)) {
            for (String c : List.of("ChronicleProbeMain.class", "StopBitValues.class")) {
                out.putNextEntry(new JarEntry("io/symp/record/" + c));
                try (InputStream in = ChronicleBytesEvidenceTest.class.getResourceAsStream(c)) {
                    in.transferTo(out);
                }
            }
        }
        List<String> cp = new ArrayList<>(names.stream().map(n -> dir.resolve(n).toString()).toList());
        cp.add(jar.toString());
        classPath = String.join(java.io.File.pathSeparator, cp);
    }

    @Test
    void shouldBeTheLightestFormWithNoNativeLibrary() {
        List<String> natives = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).getFileName().toString())
                .filter(n -> n.matches("(posix|jna|jna-platform|jnr-.*|jffi|affinity|chronicle-analytics)-.*\\.jar"))
                .toList();
        assertEquals(List.of(), natives, "excluded in record-replay/pom.xml");
    }

    @Test
    void shouldWriteTheLogsBytesWithNoLineAndNoTemporaryFileBefore24() throws Exception {
        List<Path> homes = javas().stream().filter(h -> feature(h) < 24).toList();
        assumeTrue(!homes.isEmpty(), "a JDK below 24");
        for (Path home : homes) {
            Run r = run(home, List.of("-jar", jar.toString()));
            assertEquals(0, r.code, r.err);
            assertEquals("", r.err, home + ": java -jar with Add-Opens " + OPENS);
            assertEquals(List.of(), r.tmpFiles, home + ": nothing unpacked");
            checkBytes(r.out);
        }
    }

    @Test
    void shouldNeedAnAddOpensFlagInAProgramThatEmbedsIt() throws Exception {
        List<Path> homes = javas().stream().filter(h -> feature(h) < 24).toList();
        assumeTrue(!homes.isEmpty(), "a JDK below 24");
        Run bare = run(homes.get(0), List.of("-cp", classPath, ChronicleProbeMain.class.getName()));
        assertEquals(0, bare.code, bare.err);
        assertTrue(bare.err.lines().anyMatch(l -> l.contains(CLASS_UTIL_ERROR)), bare.err);
        Run flagged = run(homes.get(0), List.of("--add-opens", OPENS + "=ALL-UNNAMED", "-cp", classPath,
                ChronicleProbeMain.class.getName()));
        assertEquals("", flagged.err);
    }

    @Test
    void shouldWarnAboutSunMiscUnsafeFrom24OnUnderPlainJavaJar() throws Exception {
        List<Path> homes = javas().stream().filter(h -> feature(h) >= 24).toList();
        assumeTrue(!homes.isEmpty(), "a JDK 24 or later in /usr/lib/jvm");
        for (Path home : homes) {
            Run r = run(home, List.of("-jar", jar.toString()));
            assertEquals(0, r.code, r.err);
            assertEquals(List.of(), r.tmpFiles, home + ": nothing unpacked");
            checkBytes(r.out);
            List<String> lines = r.err.lines().toList();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(UNSAFE_WARNING)), home + ": Chronicle Bytes"
                    + " no longer warns about sun.misc.Unsafe under java -jar, so it may serve the log again"
                    + " (record-replay/pom.xml): " + r.err);
            assertEquals(4, lines.size(), r.err);
            assertTrue(lines.stream().allMatch(l -> l.startsWith("WARNING: ")), r.err);
        }
    }

    /** What silences it on JDK 24+: a command-line option only, which JDK 17 refuses. */
    @Test
    void shouldBeSilencedOnlyByACommandLineOptionThatJdk17Refuses() throws Exception {
        List<Path> homes = javas().stream().filter(h -> feature(h) >= 24).toList();
        assumeTrue(!homes.isEmpty(), "a JDK 24 or later in /usr/lib/jvm");
        List<String> jarArgs = List.of("-jar", jar.toString());
        for (Path home : homes) {
            Run withProperty = run(home, jarArgs, Map.of(), "sun.misc.unsafe.memory.access");
            assertTrue(withProperty.err.contains(UNSAFE_WARNING), "a property set at run time does not help");
            for (String option : List.of("--sun-misc-unsafe-memory-access=allow",
                    "-Dsun.misc.unsafe.memory.access=allow")) {
                Run allowed = run(home, concat(List.of(option), jarArgs), Map.of());
                assertEquals("", allowed.err, home + " " + option);
            }
            Run fromEnvironment = run(home, jarArgs,
                    Map.of("JDK_JAVA_OPTIONS", "--sun-misc-unsafe-memory-access=allow"));
            assertEquals("NOTE: Picked up JDK_JAVA_OPTIONS: --sun-misc-unsafe-memory-access=allow",
                    fromEnvironment.err.strip());
            Run denied = run(home, concat(List.of("--sun-misc-unsafe-memory-access=deny"), jarArgs), Map.of());
            assertEquals(1, denied.code, denied.err);
            assertTrue(denied.err.contains("ExceptionInInitializerError")
                    && denied.err.contains("UnsupportedOperationException: objectFieldOffset"), denied.err);
        }
        for (Path home : javas().stream().filter(h -> feature(h) < 24).toList()) {
            Run refused = run(home, concat(List.of("--sun-misc-unsafe-memory-access=allow"), jarArgs), Map.of());
            assertTrue(refused.code != 0 && refused.err.contains("Unrecognized option"), home + ": " + refused.err);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** LogBytes reads what Chronicle wrote, and writes the same bytes for values below 2^63. */
    private static void checkBytes(String out) {
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        LogBytes mixed = LogBytes.forReading(HexFormat.of().parseHex(lines.get(0)));
        for (long v : StopBitValues.of(1, false)) {
            assertEquals(v, mixed.readStopBit());
            assertEquals(v, mixed.readLong());
            assertEquals((short) v, mixed.readShort());
            assertEquals(v & 0xFF, mixed.readUnsignedByte());
        }
        assertEquals(0, mixed.readRemaining());
        LogBytes ours = LogBytes.forWriting(64);
        for (long v : StopBitValues.of(1, true)) {
            ours.writeStopBit(v);
            ours.writeLong(v);
            ours.writeShort((short) v);
            ours.writeByte((byte) v);
        }
        assertArrayEquals(HexFormat.of().parseHex(lines.get(1)),
                Arrays.copyOf(ours.underlyingObject(), (int) ours.writePosition()));
    }

    record Run(int code, String out, String err, List<Path> tmpFiles) {}

    private static Run run(Path home, List<String> args) throws Exception {
        return run(home, args, Map.of());
    }

    /** {@code properties}: set by the probe with System.setProperty, after the JVM started. */
    private static Run run(Path home, List<String> args, Map<String, String> env, String... properties)
            throws Exception {
        Path tmp = Files.createTempDirectory(dir, "tmp");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/java").toString(),
                "-Djava.io.tmpdir=" + tmp));
        for (String p : properties) {
            command.add("-D" + ChronicleProbeMain.class.getName() + ".set=" + p);
        }
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("TMPDIR", tmp.toString());
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Path out = dir.resolve(tmp.getFileName() + ".out");
        Path err = dir.resolve(tmp.getFileName() + ".err");
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        try (Stream<Path> left = Files.list(tmp)) {
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), left.toList());
        }
    }

    /** This JDK and every JDK in /usr/lib/jvm, each once. */
    static List<Path> javas() throws IOException {
        Set<Path> all = new LinkedHashSet<>();
        all.add(Path.of(System.getProperty("java.home")).toRealPath());
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                for (Path h : homes.sorted().toList()) {
                    if (Files.isExecutable(h.resolve("bin/java")) && feature(h) > 0) {
                        all.add(h.toRealPath());
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    static int feature(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=\"")) {
                    return Integer.parseInt(line.substring("JAVA_VERSION=\"".length()).split("[.\"]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
