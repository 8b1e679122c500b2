package io.symp.app;

import io.symp.core.UserError;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds applications through {@link ServiceLoader}: the built-in ones, and those in jars a user
 * names ({@code --app-path}). An application jar lists its classes in
 * {@code META-INF/services/io.symp.app.SymmetricApp}.
 */
public final class Apps {
    private final TreeMap<String, Class<? extends SymmetricApp>> byName = new TreeMap<>();

    private Apps(ClassLoader loader) {
        for (ServiceLoader.Provider<SymmetricApp> p : ServiceLoader.load(SymmetricApp.class, loader)
                .stream().toList()) {
            SymmetricApp app = p.get();
            byName.putIfAbsent(app.info().name(), p.type());
        }
    }

    /** The built-in applications and those on the class path. */
    public static Apps builtIn() {
        return new Apps(Apps.class.getClassLoader());
    }

    /** The built-in applications plus those in {@code jars}. */
    public static Apps withJars(List<File> jars) {
        if (jars.isEmpty()) {
            return builtIn();
        }
        List<URL> urls = new ArrayList<>();
        for (File jar : jars) {
            if (jar.isDirectory()) {
                throw new UserError("app path " + jar + ": is a directory (expected a jar)");
            }
            if (!jar.isFile()) {
                throw new UserError("app path " + jar + ": no such file");
            }
            if (!isZip(jar)) {
                throw new UserError("app path " + jar + ": not a jar (no zip header)");
            }
            try {
                urls.add(jar.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new UserError("app path " + jar + ": " + e.getMessage());
            }
        }
        return new Apps(new URLClassLoader(urls.toArray(URL[]::new), Apps.class.getClassLoader()));
    }

    /** Whether {@code file} starts as every jar does: a zip local-file header. */
    private static boolean isZip(File file) {
        try (java.io.InputStream in = new java.io.FileInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (java.io.IOException e) {
            throw new UserError("app path " + file + ": " + io.symp.core.IoReason.of(e));
        }
    }

    /** Names of all known applications, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** A fresh instance of the named application; an unknown name is a {@link UserError}. */
    public SymmetricApp create(String name) {
        Class<? extends SymmetricApp> type = byName.get(name);
        if (type == null) {
            throw new UserError("unknown app '" + name + "'; known apps: " + String.join(", ", names()));
        }
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new UserError("app '" + name + "' cannot be created: " + e, e);
        }
    }
}
