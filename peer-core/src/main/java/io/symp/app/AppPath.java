package io.symp.app;

import io.symp.core.UserError;
import io.symp.peer.Limits;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The jars and class directories of {@code --app-path}, read the way {@link java.util.ServiceLoader}
 * would, but with every mistake an app author can make told by path, class and rule: no service
 * file, a listed class missing or not an app, no public no-argument constructor, a constructor
 * or {@code info()} that throws, an {@link AppInfo} that breaks its rules or changes.
 */
final class AppPath {
    static final String SERVICE_FILE = "META-INF/services/" + SymmetricApp.class.getName();

    private final List<File> entries;
    private final URL[] urls;
    private final ClassLoader shared;

    /** One application class found on the path, already checked. */
    record Found(String where, String className, AppInfo info) {}

    AppPath(List<File> entries) {
        this.entries = List.copyOf(entries);
        List<URL> list = new ArrayList<>();
        for (File f : entries) {
            if (!f.exists()) {
                throw new UserError("app path " + f + ": no such file");
            }
            try {
                list.add(f.toURI().toURL());
            } catch (MalformedURLException e) {
                throw new UserError("app path " + f + ": " + e.getMessage());
            }
        }
        this.urls = list.toArray(URL[]::new);
        this.shared = freshLoader();
    }

    /** Every application the path lists, each instantiated once and checked. */
    List<Found> load() {
        List<Found> found = new ArrayList<>();
        for (File entry : entries) {
            for (String className : listed(entry)) {
                SymmetricApp app = create(entry + ": class " + className, className, shared);
                found.add(new Found(entry.toString(), className, checkedInfo(entry, className, app)));
            }
        }
        return found;
    }

    /** A new instance of a class {@link #load} found, in its own class loader if isolated. */
    SymmetricApp create(String className, boolean isolated) {
        return create("app class " + className, className, isolated ? freshLoader() : shared);
    }

    private ClassLoader freshLoader() {
        return new URLClassLoader(urls, Apps.class.getClassLoader());
    }

    private static List<String> listed(File entry) {
        String text = serviceFile(entry);
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw new UserError("app path " + entry + ": " + SERVICE_FILE + " lists no class");
        }
        return names;
    }

    private static String serviceFile(File entry) {
        try {
            if (entry.isDirectory()) {
                File f = new File(entry, SERVICE_FILE);
                if (f.isFile()) {
                    return Files.readString(f.toPath(), StandardCharsets.UTF_8);
                }
            } else {
                try (JarFile jar = new JarFile(entry)) {
                    ZipEntry e = jar.getEntry(SERVICE_FILE);
                    if (e != null) {
                        try (InputStream in = jar.getInputStream(e)) {
                            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UserError("app path " + entry + ": not a jar or class directory (" + e.getMessage() + ")");
        }
        throw new UserError("app path " + entry + ": no " + SERVICE_FILE
                + " in it; list your app's class there, one fully qualified name per line");
    }

    private static SymmetricApp create(String where, String className, ClassLoader loader) {
        Class<?> c;
        try {
            c = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new UserError(where + " (listed in " + SERVICE_FILE + ") is not there");
        } catch (LinkageError e) {
            throw new UserError(where + " cannot be loaded: " + e);
        }
        if (!SymmetricApp.class.isAssignableFrom(c)) {
            throw new UserError(where + " does not implement " + SymmetricApp.class.getName());
        }
        if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
            throw new UserError(where + " is abstract; list a concrete class");
        }
        return instantiate(where, c.asSubclass(SymmetricApp.class));
    }

    /** A new instance through the public no-argument constructor. */
    static SymmetricApp instantiate(Class<? extends SymmetricApp> type) {
        return instantiate("app class " + type.getName(), type);
    }

    private static SymmetricApp instantiate(String where, Class<? extends SymmetricApp> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new UserError(where + " has no public no-argument constructor");
        } catch (IllegalAccessException e) {
            throw new UserError(where + " and its no-argument constructor must be public");
        } catch (InvocationTargetException e) {
            throw new UserError(where + ": its constructor threw " + e.getCause());
        } catch (ExceptionInInitializerError e) {
            throw new UserError(where + ": " + describe("its static initialisation", e.getCause()));
        } catch (InstantiationException | LinkageError e) {
            throw new UserError(where + " cannot be created: " + e);
        }
    }

    private static AppInfo checkedInfo(File entry, String className, SymmetricApp app) {
        String where = entry + ": class " + className;
        AppInfo first;
        AppInfo again;
        try {
            first = app.info();
            again = app.info();
        } catch (ExceptionInInitializerError e) {
            throw new UserError(where + ": " + describe("info()", e.getCause()));
        } catch (RuntimeException e) {
            throw new UserError(where + ": " + describe("info()", e));
        }
        if (first == null) {
            throw new UserError(where + ": info() returned null");
        }
        if (!first.equals(again)) {
            throw new UserError(where + ": info() must return the same description every time");
        }
        if (first.stateSize() > Limits.STATE_BYTES_MAX) {
            throw new UserError(where + ": app " + first.name() + " has a state of " + first.stateSize()
                    + " bytes, more than the " + Limits.STATE_BYTES_MAX + " an app may have"
                    + " (the largest snapshot the wire and the log carry)");
        }
        return first;
    }

    /** An {@link AppInfo} rule's own message, or what threw for anything else. */
    private static String describe(String what, Throwable t) {
        return t instanceof IllegalArgumentException && t.getMessage() != null ? t.getMessage()
                : what + " threw " + t;
    }
}
