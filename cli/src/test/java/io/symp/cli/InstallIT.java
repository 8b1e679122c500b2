package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged executable as a user installs it: scripts/install.sh --prefix DIR, then
 * DIR/bin/symp and man -M DIR/share/man; the jar carries symp's license and the bundled
 * libraries' notices, and none of the native libraries that were excluded.
 */
class InstallIT {
    @TempDir Path dir;

    @Test
    void shouldInstallTheExecutableManPagesAndCompletion() throws Exception {
        Path prefix = dir.resolve("prefix with space");
        LauncherIT.Run r = LauncherIT.run(List.of("sh", "../scripts/install.sh", "--prefix",
                prefix.toString()), null, dir.resolve("tmp"));
        assertEquals(0, r.code(), r.err());
        LauncherIT.Run version = LauncherIT.run(List.of(prefix.resolve("bin/symp").toString(),
                "--version"), null, dir.resolve("tmp"));
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("symp "), version.out());
        assertTrue(Files.readString(prefix.resolve("share/bash-completion/completions/symp"))
                .contains("complete -F"), "bash completion");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
        for (String[] page : new String[][] {{"1", "symp", "EXAMPLES"}, {"1", "symp-replay", "SEE ALSO"},
            {"7", "symp-repl-commands", "record start"}}) {
            LauncherIT.Run man = LauncherIT.run(List.of("man", "-M", prefix.resolve("share/man").toString(),
                    "-P", "cat", page[0], page[1]), null, dir.resolve("tmp"));
            assertEquals(0, man.code(), page[1] + ": " + man.err());
            assertTrue(man.out().contains(page[2]), page[1] + ": " + man.out());
        }
    }

    @Test
    void shouldCarryTheLicenseAndNoExcludedNatives() throws Exception {
        try (ZipFile jar = new ZipFile(Path.of("target/cli-0.1.0-all.jar").toFile())) {
            assertTrue(jar.getEntry("META-INF/symp/LICENSE") != null, "LICENSE in the jar");
            assertTrue(jar.getEntry("META-INF/symp/THIRD-PARTY-NOTICES") != null, "notices in the jar");
            List<String> natives = jar.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib")
                            || n.endsWith(".jnilib") || n.startsWith("com/kenai/") || n.startsWith("jnr/")
                            || n.startsWith("com/sun/jna/") || n.startsWith("org/jline/nativ"))
                    .limit(5).toList();
            assertEquals(List.of(), natives, "natives in the jar");
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("org/jline/console/")),
                    "one JLine, no picocli-shell-jline3");
        }
    }
}
