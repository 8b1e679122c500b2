package io.symp.app;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text of a fixed capacity in the state, ended by the first zero byte (or the capacity),
 * made by {@link StateLayout.Builder#text}.
 */
public final class TextField {
    private final int offset;
    private final int capacityBytes;

    TextField(int offset, int capacityBytes) {
        this.offset = offset;
        this.capacityBytes = capacityBytes;
    }

    /** The text. Allocates: meant for {@code observe} and tools more than the simulation. */
    public String get(StateView state) {
        byte[] bytes = new byte[capacityBytes];
        int n = 0;
        while (n < capacityBytes && state.getByte(offset + n) != 0) {
            bytes[n] = state.getByte(offset + n);
            n++;
        }
        return new String(bytes, 0, n, StandardCharsets.UTF_8);
    }

    /**
     * Stores {@code text}, cut at a character boundary to fit the capacity, and zeroes the rest.
     *
     * @return the number of bytes stored
     */
    public int set(State state, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(bytes.length, capacityBytes);
        while (n > 0 && n < bytes.length && (bytes[n] & 0xC0) == 0x80) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            state.putByte(offset + i, bytes[i]);
        }
        state.fill(offset + n, capacityBytes - n, (byte) 0);
        return n;
    }

    public int capacityBytes() {
        return capacityBytes;
    }

    /** The byte offset in the state. */
    public int offset() {
        return offset;
    }
}
