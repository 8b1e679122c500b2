package io.symp.app;

import io.symp.hash.StateHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;

/**
 * Who an application is, for handshakes and logs: name, version, state size and a hash of its
 * code (the bytes of its class, its nested classes and its superclasses outside the JDK and
 * symp's own API). Two builds of an app that could simulate differently are told apart even
 * when their authors forgot to bump the version.
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

    static long codeHash(Class<?> appClass) {
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
