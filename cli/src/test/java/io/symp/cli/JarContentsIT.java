package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar carries symp's license and the bundled libraries' notices, none of the
 * native libraries that were excluded, and no class but Netty's that calls sun.misc.Unsafe.
 * Installing it (scripts/install.sh) is tested in the man module, once the man pages exist.
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
            String notices = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/symp/THIRD-PARTY-NOTICES")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (var library : bundled(jar).entrySet()) {
                boolean named = java.util.regex.Pattern.compile("[(\\s,]"
                        + java.util.regex.Pattern.quote(library.getKey()) + "[:),\\s]").matcher(notices).find();
                assertEquals(library.getValue(), named,
                        library.getKey() + (library.getValue() ? " is bundled but not" : " is not bundled but")
                                + " named in THIRD-PARTY-NOTICES");
            }
            assertEquals(List.of(), unsafeUsers(jar), "classes calling sun.misc.Unsafe, which JDK 24+ warns"
                    + " about under plain java -jar (record-replay/pom.xml: why not Chronicle Bytes)");
        }
    }

    /**
     * Libraries by group id, and whether the jar holds them: those whose Maven metadata it
     * carries (symp's and JCTools', inside Netty's, aside) and a few whose jars carry none.
     */
    private static java.util.Map<String, Boolean> bundled(ZipFile jar) {
        java.util.Map<String, Boolean> libraries = new java.util.TreeMap<>();
        jar.stream().map(e -> e.getName())
                .filter(n -> n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"))
                .map(n -> n.split("/")[2]).filter(g -> !g.equals("io.symp"))
                .forEach(g -> libraries.put(g, true));
        java.util.Map<String, String> packages = java.util.Map.of("info.picocli", "picocli/",
                "org.bouncycastle", "org/bouncycastle/", "com.dynatrace.hash4j", "com/dynatrace/hash4j/",
                "net.openhft", "net/openhft/");
        packages.forEach((group, prefix) -> libraries.put(group,
                jar.stream().anyMatch(e -> e.getName().startsWith(prefix))));
        return libraries;
    }

    /**
     * The classes that name sun.misc.Unsafe, Netty's aside: Netty leaves it alone on JDK 24 and
     * later unless told otherwise (LauncherIT runs a peer on JDK 25 without a WARNING line).
     */
    private static List<String> unsafeUsers(ZipFile jar) throws java.io.IOException {
        byte[] name = "sun/misc/Unsafe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<String> users = new java.util.ArrayList<>();
        for (var e : jar.stream().filter(e -> e.getName().endsWith(".class")
                && !e.getName().startsWith("io/netty/")).toList()) {
            try (var in = jar.getInputStream(e)) {
                byte[] b = in.readAllBytes();
                for (int i = 0; i + name.length <= b.length && users.size() < 5; i++) {
                    if (java.util.Arrays.equals(b, i, i + name.length, name, 0, name.length)) {
                        users.add(e.getName());
                        break;
                    }
                }
            }
        }
        return users;
    }
}
