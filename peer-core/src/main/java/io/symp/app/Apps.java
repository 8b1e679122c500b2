package io.symp.app;

import io.symp.core.UserError;
import java.io.File;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The applications symp can run: the built-in ones (found through {@link ServiceLoader} on
 * symp's own class path) and those in the jars or class directories a user names with
 * {@code --app-path} (each lists its classes in {@code META-INF/services/io.symp.app.SymmetricApp}).
 * Invariant: every name maps to exactly one class, whose {@link AppInfo} was checked when it
 * was loaded; an app path that breaks a rule is refused whole, with a {@link UserError} naming
 * the path, the class and the rule.
 */
public final class Apps {
    private final TreeMap<String, Source> byName = new TreeMap<>();

    /** Where one application comes from, and how to make instances of it. */
    private record Source(String origin, Supplier<SymmetricApp> shared,
                          Supplier<SymmetricApp> isolated) {}

    private Apps() {}

    /** The built-in applications. */
    public static Apps builtIn() {
        Apps apps = new Apps();
        for (ServiceLoader.Provider<SymmetricApp> p : ServiceLoader.load(SymmetricApp.class,
                Apps.class.getClassLoader()).stream().toList()) {
            Class<? extends SymmetricApp> type = p.type();
            String name = p.get().info().name();
            Supplier<SymmetricApp> make = () -> AppPath.instantiate(type);
            apps.byName.putIfAbsent(name, new Source("built-in", make, make));
        }
        return apps;
    }

    /** The built-in applications plus those in {@code path} (jars or class directories). */
    public static Apps withJars(List<File> path) {
        Apps apps = builtIn();
        if (path.isEmpty()) {
            return apps;
        }
        AppPath appPath = new AppPath(path);
        for (AppPath.Found f : appPath.load()) {
            String name = f.info().name();
            Source taken = apps.byName.get(name);
            if (taken != null) {
                throw new UserError(f.where() + ": class " + f.className() + " names its app '" + name
                        + "', " + (taken.origin().equals("built-in") ? "the name of a built-in app"
                        : "already the name of an app in " + taken.origin()) + "; choose another name");
            }
            apps.byName.put(name, new Source(f.where(), () -> appPath.create(f.className(), false),
                    () -> appPath.create(f.className(), true)));
        }
        return apps;
    }

    /** Names of all known applications, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** Whether an application of this name is known. */
    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** {@code built-in}, or the jar or directory the named application was loaded from. */
    public String origin(String name) {
        return source(name).origin();
    }

    /** A fresh instance of the named application; an unknown name is a {@link UserError}. */
    public SymmetricApp create(String name) {
        return source(name).shared().get();
    }

    /**
     * Instances of the named application that share nothing, not even static fields: an app
     * from an app path gets a class loader of its own for each instance, as if each ran in its
     * own process (tools that replay several logs, the simulator's peers).
     */
    public Supplier<SymmetricApp> isolated(String name) {
        return source(name).isolated();
    }

    private Source source(String name) {
        Source s = byName.get(name);
        if (s == null) {
            throw new UserError("unknown app '" + name + "'; known apps: " + String.join(", ", names())
                    + " (an app of your own: --app-path JAR)");
        }
        return s;
    }
}
