package io.symp.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The hash of every class file in one code source (a jar or a class directory): helper classes,
 * lambdas' and anonymous classes' hosts, everything an app's code could run. Files are taken in
 * name order, each with its name, so the hash does not depend on the archive's order. Cached
 * per location: a code source does not change while symp runs.
 */
final class ClassFiles {
    private static final Map<String, Long> CACHE = new ConcurrentHashMap<>();

    private ClassFiles() {}

    /** The hash of the class files at {@code location}, or null when it cannot be read. */
    static Long hash(URL location) {
        Path path;
        try {
            path = Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
        try {
            return CACHE.computeIfAbsent(path.toString(), k -> read(path));
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    private static long read(Path path) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> all = Files.walk(path)) {
                    for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        files.put(path.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        JarEntry entry = e.nextElement();
                        if (entry.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            all.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            all.writeBytes(bytes);
        });
        return io.symp.hash.StateHash.of(all.toByteArray());
    }
}
