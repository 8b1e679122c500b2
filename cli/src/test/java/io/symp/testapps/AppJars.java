package io.symp.testapps;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Packages test apps into an app jar, as a user would, for {@code --app-path}. */
public final class AppJars {
    private AppJars() {}

    /** Writes {@code jar} holding {@code apps} (compiled test classes) and their service list. */
    public static Path write(Path jar, Class<?>... apps) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            StringBuilder services = new StringBuilder();
            for (Class<?> app : apps) {
                String entry = app.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(classFile(app)));
                out.closeEntry();
                services.append(app.getName()).append('\n');
            }
            out.putNextEntry(new JarEntry("META-INF/services/io.symp.app.SymmetricApp"));
            out.write(services.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static Path classFile(Class<?> app) throws IOException {
        try {
            Path root = Path.of(app.getProtectionDomain().getCodeSource().getLocation().toURI());
            return root.resolve(app.getName().replace('.', '/') + ".class");
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
