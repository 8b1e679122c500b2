package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Help as a user reads it: placeholders that say what to type, completion with values. */
class HelpTest {
    private static final Pattern FIELD_NAME = Pattern.compile("<[a-z]+[A-Z][A-Za-z]*>");

    @ParameterizedTest(name = "symp {0} --help")
    @ValueSource(strings = {"sim", "peer", "repl", "demo", "replay", "bisect", "inspect", "apps",
        "topo show", "topo check", "topo list"})
    void shouldNameEveryValueForTheUserNotTheField(String command) {
        String[] args = (command + " --help").split(" ");
        CliTest.Result r = CliTest.run(args);
        assertEquals(0, r.code(), r.err());
        assertFalse(FIELD_NAME.matcher(r.out()).find(), "a field name leaks: " + r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void shouldCompleteTheValuesOfClosedOptions() {
        CliTest.Result r = CliTest.run("generate-completion");
        assertEquals(0, r.code(), r.err());
        for (String values : new String[] {"\"counter\" \"doc\" \"move\"", "\"ordered\" \"unordered\"",
            "\"symp\" \"paper\" \"both\"", "\"paper-21\""}) {
            assertTrue(r.out().contains(values), values);
        }
    }

    @Test
    void shouldWriteAsciiStandInsWhereTheCharsetLacksDelta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter w = AsciiFallback.writer(bytes, StandardCharsets.US_ASCII);
        w.print("Δ = latency × hops");
        w.flush();
        assertEquals("Delta = latency x hops", bytes.toString(StandardCharsets.US_ASCII));
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        PrintWriter u = AsciiFallback.writer(utf8, StandardCharsets.UTF_8);
        u.print("Δ ×");
        u.flush();
        assertEquals("Δ ×", utf8.toString(StandardCharsets.UTF_8));
    }
}
