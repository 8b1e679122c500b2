package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BandTest {
    @Test
    void shouldUseThePapersBands() {
        assertEquals(Band.GOOD, Band.of(0.99));
        assertEquals(Band.MODERATE, Band.of(1.0));
        assertEquals(Band.MODERATE, Band.of(5.0));
        assertEquals(Band.POOR, Band.of(5.01));
        assertEquals(Band.POOR, Band.of(10.0));
        assertEquals(Band.FAULTY, Band.of(10.01));
    }
}
