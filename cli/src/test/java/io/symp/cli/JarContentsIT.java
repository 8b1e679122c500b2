package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar carries symp's license and the bundled libraries' notices, and none of the
 * native libraries that were excluded. Installing it (scripts/install.sh) is tested in the man
 * module, once the man pages exist.
 */
class JarContentsIT {
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
