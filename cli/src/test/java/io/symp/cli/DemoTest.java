package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tour shows time travel as it happens and compares hashes at one common tick. */
class DemoTest {
    @Test
    void shouldShowARollbackAsItHappensAndAgreeAtOneTick() {
        CliTest.Result r = CliTest.run("demo", "--seconds", "3", "--delta", "20ms", "--rate", "120");
        assertEquals(0, r.code(), r.out() + r.err());
        // The live view, with the time travel printed above it, goes to stderr.
        assertTrue(r.err().contains("time travel: peer "), r.err());
        assertTrue(r.err().matches("(?s).*hashes at tick \\d+: all 5 peers [0-9a-f]{8}.*"), r.err());
        assertFalse(r.err().contains("\033") || r.err().contains("\r"), "stderr is not a terminal: plain lines");
        assertTrue(r.out().contains("all 5 peers agree at tick"), r.out());
        assertFalse(r.out().contains("hashes at tick"), "the live view is not on stdout: " + r.out());
        assertFalse(r.out().contains("\033"), "stdout is not a terminal: no escape codes");
    }
}
