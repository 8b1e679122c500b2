package io.symp.cli.apps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds app jars for tests, so they load real jars with {@code --app-path}: from Java sources
 * compiled against symp's classes (javax.tools), the way an app author would
 * ({@link #build}), or from test classes already compiled ({@link #ofClasses}); each with its
 * service file.
 */
public final class AppJar {
    private AppJar() {}

    /**
     * Compiles {@code sources} (fully qualified class name → source) and writes {@code dir/name}
     * with {@code serviceFile} as {@code META-INF/services/io.symp.app.SymmetricApp} (none if
     * null). Returns the jar.
     */
    public static Path build(Path dir, String name, Map<String, String> sources, String serviceFile)
            throws IOException {
        Path src = Files.createDirectories(dir.resolve(name + "-src"));
        Path classes = Files.createDirectories(dir.resolve(name + "-classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", sympApi(),
                "-proc:none", "-nowarn", "--release", "17"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, System.err, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("test app sources do not compile");
        }
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
            if (serviceFile != null) {
                put(out, "META-INF/services/io.symp.app.SymmetricApp",
                        serviceFile.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    /**
     * Writes {@code jar} holding the class files of {@code apps} (compiled test classes, each
     * listed in the service file); other classes they use come from the test class path.
     */
    public static Path ofClasses(Path jar, Class<?>... apps) throws IOException {
        StringBuilder services = new StringBuilder();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> app : apps) {
                String entry = app.getName().replace('.', '/') + ".class";
                put(out, entry, Files.readAllBytes(codeSource(app).resolve(entry)));
                services.append(app.getName()).append('\n');
            }
            put(out, "META-INF/services/io.symp.app.SymmetricApp", services.toString().getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where symp's app API classes are (peer-core's classes or jar). */
    private static String sympApi() {
        return codeSource(io.symp.app.SymmetricApp.class).toString();
    }

    private static void put(OutputStream out, String name, byte[] bytes) throws IOException {
        JarOutputStream jar = (JarOutputStream) out;
        JarEntry e = new JarEntry(name);
        e.setTime(0);
        jar.putNextEntry(e);
        jar.write(bytes);
        jar.closeEntry();
    }
}
