package io.symp.app;

import io.symp.hash.StateHash;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The whole state of a symmetric application: one fixed-size region of bytes, allocated once,
 * with typed little-endian accessors. Nothing else may carry state from one tick to the next;
 * that is what lets the middleware snapshot it with a plain copy and compare peers by hash.
 *
 * <p>The region begins with an 8-byte header holding the seed of a deterministic random
 * generator ({@link #nextLong()}), so that randomness is part of the state, travels back in
 * time with it, and is identical on every peer. Application offsets start after it, at 0.
 */
public final class State implements StateView {
    /** Bytes before the application's own region: the random generator's seed. */
    public static final int HEADER_BYTES = 8;

    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final byte[] region;
    private final int size;
    private final ReadOnlyState view = new ReadOnlyState(this);

    /** A zeroed state of {@code size} application bytes. */
    public State(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("state size must be >= 0, got " + size);
        }
        this.size = size;
        this.region = new byte[HEADER_BYTES + size];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public byte getByte(int offset) {
        return region[HEADER_BYTES + offset];
    }

    public void putByte(int offset, byte value) {
        region[HEADER_BYTES + offset] = value;
    }

    @Override
    public int getInt(int offset) {
        return (int) INT.get(region, HEADER_BYTES + offset);
    }

    public void putInt(int offset, int value) {
        INT.set(region, HEADER_BYTES + offset, value);
    }

    @Override
    public long getLong(int offset) {
        return (long) LONG.get(region, HEADER_BYTES + offset);
    }

    public void putLong(int offset, long value) {
        LONG.set(region, HEADER_BYTES + offset, value);
    }

    /** Copies {@code length} bytes inside the state (overlapping ranges are fine). */
    public void move(int fromOffset, int toOffset, int length) {
        System.arraycopy(region, HEADER_BYTES + fromOffset, region, HEADER_BYTES + toOffset, length);
    }

    /** Sets {@code length} bytes from {@code offset} to {@code value}. */
    public void fill(int offset, int length, byte value) {
        Arrays.fill(region, HEADER_BYTES + offset, HEADER_BYTES + offset + length, value);
    }

    /** Sets the random generator's seed (typically once, in {@code start}). */
    public void seedRandom(long seed) {
        LONG.set(region, 0, seed);
    }

    /** The next value of the state's random generator (SplitMix64; its seed lives in the state). */
    public long nextLong() {
        long seed = (long) LONG.get(region, 0) + GOLDEN_GAMMA;
        LONG.set(region, 0, seed);
        return io.symp.core.Mix.mix64(seed);
    }

    /** A uniform random int in {@code [0, bound)} from the state's generator. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        return (int) Long.remainderUnsigned(nextLong(), bound);
    }

    @Override
    public long hash() {
        return StateHash.of(region, region.length);
    }

    /** A read-only view of this state that no cast turns back into it (reads through, no copy). */
    public StateView view() {
        return view;
    }

    /** The whole region, header included, for the middleware's snapshots. Not for applications. */
    public byte[] region() {
        return region;
    }

    /** Overwrites this state with {@code other}'s bytes (same size). */
    public void copyFrom(State other) {
        System.arraycopy(other.region, 0, region, 0, region.length);
    }
}
