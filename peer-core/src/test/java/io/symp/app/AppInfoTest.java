package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An app's description keeps every rule, each broken one told by name. */
class AppInfoTest {
    private static String refusal(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, Integer.MIN_VALUE})
    void shouldRefuseAStateSizeBelowOneByte(int size) {
        assertEquals("app sized: state size must be at least 1 byte, got " + size,
                refusal(() -> AppInfo.builder("sized", 1, size).build()));
    }

    @Test
    void shouldRefuseAnEventDeclaredTwice() {
        assertEquals("app twice: event add is declared twice",
                refusal(() -> AppInfo.builder("twice", 1, 8).event("add").event("add").build()));
    }

    @Test
    void shouldRefuseAFieldDeclaredTwice() {
        assertEquals("app twice: field x is declared twice", refusal(() -> AppInfo.builder("twice", 1, 8)
                .field(StateField.i32("x", 0)).field(StateField.i32("x", 4)).build()));
    }

    @Test
    void shouldRefuseAFieldOutsideTheState() {
        assertEquals("field x lies outside the state (8 bytes)",
                refusal(() -> AppInfo.builder("out", 1, 8).field(StateField.i64("x", 4)).build()));
    }

    @Test
    void shouldRefuseABadName() {
        assertEquals("app name must be lowercase [a-z][a-z0-9-]*, got 'Move'",
                refusal(() -> AppInfo.builder("Move", 1, 8).build()));
    }
}
