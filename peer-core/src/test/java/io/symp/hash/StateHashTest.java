package io.symp.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StateHashTest {
    @Test
    void shouldShowSixteenLowercaseDigitsAsBefore() {
        assertEquals("0000000000001234", StateHash.hex(0x1234));
        assertEquals("ffffffffffffffff", StateHash.hex(-1));
        assertEquals("8000000000000000", StateHash.hex(Long.MIN_VALUE));
        for (long h : new long[] {0, 1, 0xdeadbeefL, 0x0123_4567_89ab_cdefL, -0x7777L}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%016x", h), StateHash.hex(h));
        }
    }
}
