package io.symp.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.core.UserError;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppsTest {
    @Test
    void shouldFindTheBuiltInAppsThroughServiceLoader() {
        assertEquals(List.of("counter", "doc", "move"), Apps.builtIn().names());
    }

    @Test
    void shouldNameTheKnownAppsWhenOneIsUnknown() {
        UserError e = assertThrows(UserError.class, () -> Apps.builtIn().create("pong"));
        assertEquals("unknown app 'pong'; known apps: counter, doc, move (an app of your own: --app-path JAR)", e.getMessage());
    }

    @Test
    void shouldTellAppsApartByCodeHash() {
        AppIdentity move = AppIdentity.of(Apps.builtIn().create("move"));
        AppIdentity counter = AppIdentity.of(Apps.builtIn().create("counter"));
        assertNotEquals(move.codeHash(), counter.codeHash());
        assertEquals(move, AppIdentity.of(Apps.builtIn().create("move")), "stable across instances");
        assertTrue(move.describe().startsWith("move v1 (16 bytes, code "));
    }

    @Test
    void shouldRefuseAMissingAppJar() {
        UserError e = assertThrows(UserError.class, () -> Apps.withJars(List.of(new java.io.File("/nonexistent.jar"))));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
