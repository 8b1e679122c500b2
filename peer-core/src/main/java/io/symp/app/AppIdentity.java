package io.symp.app;

import io.symp.hash.StateHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Who an application is, for handshakes and logs: name, version, state size and a hash of its
 * code and of symp's version. The code of an app from an app path is every class file of its
 * jar or class directory (helpers, lambdas, anonymous classes: all it could run); a built-in
 * app's is its class, its nested classes and its superclasses. Two builds of an app that could
 * simulate differently are told apart even when their authors forgot to bump the version.
 */
public record AppIdentity(String name, int version, int stateSize, long codeHash) {

    public static AppIdentity of(SymmetricApp app) {
        AppInfo info = app.info();
        return new AppIdentity(info.name(), info.version(), info.stateSize(), codeHash(app.getClass()));
    }

    /** e.g. {@code move v1 (16 bytes, code 3f2a…)}. */
    public String describe() {
        return name + " v" + version + " (" + stateSize + " bytes, code " + StateHash.hex(codeHash) + ")";
    }

    /** The version of symp these classes belong to (a different symp may simulate differently). */
    static final String SYMP_VERSION = sympVersion();

    static long codeHash(Class<?> appClass) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(("symp " + SYMP_VERSION + "\napp " + appClass.getName() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        URL own = location(appClass);
        Long sourceHash = own != null && !own.equals(location(SymmetricApp.class)) ? ClassFiles.hash(own) : null;
        if (sourceHash != null) {
            all.writeBytes(Long.toString(sourceHash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            all.writeBytes(Long.toString(classesHash(appClass)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return StateHash.of(all.toByteArray());
    }

    private static URL location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    private static String sympVersion() {
        Properties p = new Properties();
        try (InputStream in = AppIdentity.class.getResourceAsStream("symp-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Unknown below.
        }
        return p.getProperty("version", "unknown");
    }

    private static long classesHash(Class<?> appClass) {
        // Sorted by name so the hash does not depend on reflection's order.
        TreeMap<String, byte[]> classes = new TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(appClass);
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c == null || c == Object.class || classes.containsKey(c.getName()) || isPlatform(c)) {
                continue;
            }
            classes.put(c.getName(), classBytes(c));
            todo.add(c.getSuperclass());
            for (Class<?> nested : c.getDeclaredClasses()) {
                todo.add(nested);
            }
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        classes.forEach((name, bytes) -> all.writeBytes(bytes));
        return StateHash.of(all.toByteArray());
    }

    private static boolean isPlatform(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.")
                || c.getPackage() == SymmetricApp.class.getPackage();
    }

    private static byte[] classBytes(Class<?> c) {
        String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(resource)) {
            // No class file (generated at run time): the name alone still identifies it.
            return in == null ? c.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes();
        } catch (IOException e) {
            return c.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
