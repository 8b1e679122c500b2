package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StateTest {
    @Test
    void shouldStoreTypedValuesLittleEndianAfterTheHeader() {
        State s = new State(16);
        s.putInt(0, 0x01020304);
        s.putLong(4, -2L);
        s.putByte(12, (byte) 0x7f);
        assertEquals(0x01020304, s.getInt(0));
        assertEquals(-2L, s.getLong(4));
        assertEquals(0x7f, s.getByte(12));
        assertEquals(0x04, s.region()[State.HEADER_BYTES], "little-endian, after the seed header");
        assertEquals(16 + State.HEADER_BYTES, s.region().length);
    }

    @Test
    void shouldDrawTheSameRandomSequenceFromTheSameSeed() {
        State a = new State(4);
        State b = new State(4);
        a.seedRandom(42);
        b.seedRandom(42);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextInt(1000), b.nextInt(1000));
        }
        assertEquals(a.hash(), b.hash(), "the generator's seed is part of the state");
        a.nextLong();
        assertNotEquals(a.hash(), b.hash());
    }

    @Test
    void shouldMoveOverlappingRanges() {
        State s = new State(8);
        for (int i = 0; i < 8; i++) {
            s.putByte(i, (byte) i);
        }
        s.move(0, 2, 5);
        assertEquals(0, s.getByte(2));
        assertEquals(4, s.getByte(6));
    }

    @Test
    void shouldRefuseANonPositiveBound() {
        assertThrows(IllegalArgumentException.class, () -> new State(1).nextInt(0));
    }
}
