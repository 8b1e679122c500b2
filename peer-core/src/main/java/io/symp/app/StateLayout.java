package io.symp.app;

import java.util.ArrayList;
import java.util.List;

/**
 * An application's state layout, declared once: each call of the {@link Builder} reserves the
 * next bytes of the state and returns a typed accessor for them, and {@link Builder#build()}
 * gives the state size and the {@link StateField}s tools decode. Offsets are never written by
 * hand, so the accessors and the field descriptions cannot disagree.
 *
 * <pre>{@code
 * static final StateLayout.Builder L = StateLayout.builder();
 * static final IntField SCORE = L.i32("score");
 * static final IntArray CELLS = L.intArray("cells", 64);
 * static final StateLayout LAYOUT = L.build();
 * static final AppInfo INFO = AppInfo.builder("grid", 1, LAYOUT).event("tap").build();
 * ...
 * SCORE.set(state, SCORE.get(state) + 1);
 * CELLS.set(state, 3, 7);
 * }</pre>
 *
 * <p>Arrays are described element by element ({@code cells[3]}), so a sync-test or replay
 * finding names the element that differs.
 */
public final class StateLayout {
    private final int size;
    private final List<StateField> fields;

    private StateLayout(int size, List<StateField> fields) {
        this.size = size;
        this.fields = List.copyOf(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The state size in bytes: what {@link AppInfo#stateSize()} declares. */
    public int size() {
        return size;
    }

    /** Every field, in declaration order. */
    public List<StateField> fields() {
        return fields;
    }

    /** Reserves state bytes in order. Not thread-safe; build it in static initialisers. */
    public static final class Builder {
        private final List<StateField> fields = new ArrayList<>();
        private int next;
        private boolean built;

        private Builder() {}

        /** A 32-bit signed integer. */
        public IntField i32(String name) {
            int at = reserve(4, 1);
            fields.add(StateField.i32(name, at));
            return new IntField(at);
        }

        /** A 64-bit signed integer. */
        public LongField i64(String name) {
            int at = reserve(8, 1);
            fields.add(StateField.i64(name, at));
            return new LongField(at);
        }

        /** One byte, shown by tools as an unsigned number. */
        public ByteField u8(String name) {
            int at = reserve(1, 1);
            fields.add(StateField.u8(name, at));
            return new ByteField(at);
        }

        /** {@code length} 32-bit integers. */
        public IntArray intArray(String name, int length) {
            int at = reserve(4, length);
            for (int i = 0; i < length; i++) {
                fields.add(StateField.i32(name + "[" + i + "]", at + 4 * i));
            }
            return new IntArray(at, length);
        }

        /** {@code length} 64-bit integers. */
        public LongArray longArray(String name, int length) {
            int at = reserve(8, length);
            for (int i = 0; i < length; i++) {
                fields.add(StateField.i64(name + "[" + i + "]", at + 8 * i));
            }
            return new LongArray(at, length);
        }

        /** {@code length} bytes. */
        public ByteArray byteArray(String name, int length) {
            int at = reserve(1, length);
            for (int i = 0; i < length; i++) {
                fields.add(StateField.u8(name + "[" + i + "]", at + i));
            }
            return new ByteArray(at, length);
        }

        /** UTF-8 text of at most {@code capacityBytes} bytes. */
        public TextField text(String name, int capacityBytes) {
            int at = reserve(1, capacityBytes);
            fields.add(StateField.text(name, at, capacityBytes));
            return new TextField(at, capacityBytes);
        }

        /** The layout so far; nothing may be added after it. */
        public StateLayout build() {
            built = true;
            return new StateLayout(next, fields);
        }

        private int reserve(int width, int count) {
            if (built) {
                throw new IllegalStateException("layout already built");
            }
            if (count < 1) {
                throw new IllegalArgumentException("a field needs at least one element, got " + count);
            }
            long end = next + (long) width * count;
            if (end > Integer.MAX_VALUE - State.HEADER_BYTES) {
                throw new IllegalArgumentException("state layout larger than 2 GiB");
            }
            int at = next;
            next = (int) end;
            return at;
        }
    }
}
