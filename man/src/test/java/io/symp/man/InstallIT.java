package io.symp.man;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable as a user installs it: scripts/install.sh --prefix DIR, then DIR/bin/symp and
 * man -M DIR/share/man. It runs here, after this module has written the man pages (cli builds
 * before them, so a clean clone has none while cli's tests run).
 */
class InstallIT {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... command) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void shouldInstallTheExecutableManPagesAndCompletion() throws Exception {
        Path prefix = dir.resolve("prefix with space");
        Run install = run("sh", "../scripts/install.sh", "--prefix", prefix.toString());
        assertEquals(0, install.code(), install.err());
        Run version = run(prefix.resolve("bin/symp").toString(), "--version");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("symp "), version.out());
        assertTrue(Files.readString(prefix.resolve("share/bash-completion/completions/symp"))
                .contains("complete -F"), "bash completion");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
        for (String[] page : new String[][] {{"1", "symp", "EXAMPLES"}, {"1", "symp-replay", "SEE ALSO"},
            {"7", "symp-repl-commands", "record start"}}) {
            Run man = run("man", "-M", prefix.resolve("share/man").toString(), "-P", "cat", page[0], page[1]);
            assertEquals(0, man.code(), page[1] + ": " + man.err());
            assertTrue(man.out().contains(page[2]), page[1] + ": " + man.out());
        }
    }
}
