package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.cli.apps.AppJar;
import io.symp.cli.apps.TestApps;
import io.symp.peer.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every mistake an app author can make in the jar or in AppInfo is one line naming the class
 * and the rule, exit 2: never a ServiceConfigurationError trace, never exit 3, never silently
 * accepted. Each case builds a small broken jar.
 */
class AppLoadingTest {
    @TempDir
    Path dir;

    /** {@code symp apps --app-path JAR...}: exit 2 and exactly one line holding every {@code parts}. */
    private static void refused(List<Path> jars, String... parts) {
        String[] args = new String[1 + 2 * jars.size()];
        args[0] = "apps";
        for (int i = 0; i < jars.size(); i++) {
            args[1 + 2 * i] = "--app-path";
            args[2 + 2 * i] = jars.get(i).toString();
        }
        CliTest.Result r = CliTest.run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("symp apps: "), r.err());
        for (String part : parts) {
            assertTrue(r.err().contains(part), "'" + part + "' in: " + r.err());
        }
        assertEquals("", r.out());
    }

    private Path jar(String name, String info) throws IOException {
        return jarOf(name, TestApps.app("bad", "App", info, "", "", ""));
    }

    private Path jarOf(String name, String source) throws IOException {
        return AppJar.build(dir, name, Map.of("bad.App", source), "bad.App\n");
    }

    @Test
    void shouldLoadAHealthyJarBesideTheBuiltIns() throws IOException {
        Path jar = TestApps.arena(dir, "arena.jar", "return v + 1;");
        CliTest.Result r = CliTest.run("apps", "--app-path", jar.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("arena      v1  16-byte state  code "), r.out());
        assertTrue(r.out().contains("from " + jar), r.out());
        assertTrue(r.out().contains("move "), r.out());
    }

    @Test
    void shouldRefuseAJarWithoutServiceFile() throws IOException {
        Path jar = AppJar.build(dir, "plain.jar", Map.of("bad.App",
                TestApps.app("bad", "App", TestApps.info("plain", 16), "", "", "")), null);
        refused(List.of(jar), jar.toString(), "no META-INF/services/io.symp.app.SymmetricApp");
    }

    @Test
    void shouldRefuseAMissingProviderClass() throws IOException {
        Path jar = AppJar.build(dir, "missing.jar", Map.of("bad.App",
                TestApps.app("bad", "App", TestApps.info("missing", 16), "", "", "")), "bad.Gone\n");
        refused(List.of(jar), "class bad.Gone", "is not there");
    }

    @Test
    void shouldRefuseAProviderWithoutNoArgumentConstructor() throws IOException {
        refused(List.of(jarOf("ctor.jar", TestApps.app("bad", "App", TestApps.info("ctor", 16), "", "",
                "    public App(int unused) {}"))), "class bad.App", "no public no-argument constructor");
    }

    @Test
    void shouldRefuseAClassThatIsNoApp() throws IOException {
        refused(List.of(jarOf("noapp.jar", "package bad;\npublic class App {}\n")),
                "class bad.App", "does not implement io.symp.app.SymmetricApp");
    }

    @Test
    void shouldRefuseABadAppName() throws IOException {
        refused(List.of(jar("name.jar", TestApps.info("Arena!", 16))), "class bad.App",
                "app name must be lowercase");
    }

    @Test
    void shouldRefuseTheNameOfABuiltInApp() throws IOException {
        refused(List.of(jar("move.jar", TestApps.info("move", 16))), "class bad.App",
                "names its app 'move', the name of a built-in app");
    }

    @Test
    void shouldRefuseTwoAppsOfOneName() throws IOException {
        Path first = TestApps.arena(dir, "arena.jar", "return v + 1;");
        Path second = jar("again.jar", TestApps.info("arena", 16));
        refused(List.of(first, second), "class bad.App", "names its app 'arena'",
                "already the name of an app in " + first);
    }

    @ParameterizedTest
    @ValueSource(ints = {-4, 0})
    void shouldRefuseANegativeOrZeroStateSize(int size) throws IOException {
        refused(List.of(jar("size.jar", "AppInfo.builder(\"sized\", 1, " + size + ").build()")),
                "class bad.App", "app sized: state size must be at least 1 byte, got " + size);
    }

    @Test
    void shouldRefuseAStateBeyondWhatTheWireAndTheLogCarry() throws IOException {
        refused(List.of(jar("huge.jar", "AppInfo.builder(\"huge\", 1, 64 << 20).build()")), "class bad.App",
                "app huge has a state of 67108864 bytes, more than the " + Limits.STATE_BYTES_MAX + " an app may have");
    }

    @Test
    void shouldRefuseAFieldOutsideTheState() throws IOException {
        refused(List.of(jar("field.jar", "AppInfo.builder(\"field\", 1, 16)"
                + ".field(StateField.i64(\"far\", 12)).build()")), "class bad.App",
                "field far lies outside the state (16 bytes)");
    }

    @Test
    void shouldRefuseAnEventDeclaredTwice() throws IOException {
        refused(List.of(jar("twice.jar", "AppInfo.builder(\"twice\", 1, 16)"
                + ".event(\"add\").event(\"add\").build()")), "class bad.App", "event add is declared twice");
    }

    @Test
    void shouldRefuseAnInfoThatThrows() throws IOException {
        refused(List.of(jar("throws.jar", "null == null ? (AppInfo) null : null")), "class bad.App",
                "info() returned null");
    }

    @Test
    void shouldRefuseAFileThatIsNoJar() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jar"), "not a zip");
        refused(List.of(text), text.toString(), "not a jar or class directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sim", "peer", "demo"})
    void shouldApplyTheSameRuleOnEveryCommand(String command) throws IOException {
        Path jar = jar("move2.jar", TestApps.info("move", 16));
        CliTest.Result r = CliTest.run(command, "--app-path", jar.toString(), "--app", "move");
        assertEquals(2, r.code(), r.err());
        assertEquals("symp " + command + ": " + jar + ": class bad.App names its app 'move', the name of a"
                + " built-in app; choose another name", r.err().strip());
    }
}
