package io.symp.app;

/**
 * Read-only access to an application's state, for real-time output and tools. Offsets are
 * the application's own, starting at 0; values are little-endian.
 */
public interface StateView {
    /** The application's state size in bytes (what {@link AppInfo#stateSize()} declared). */
    int size();

    byte getByte(int offset);

    int getInt(int offset);

    long getLong(int offset);

    /** A 64-bit hash of the whole region, random generator included; equal on every peer. */
    long hash();
}
