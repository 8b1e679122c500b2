package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesAboveTest {
    @Test
    void shouldHandOverCompleteLinesOnly() {
        List<String> lines = new ArrayList<>();
        PrintStream stream =
                new PrintStream(new LinesAbove(lines::add), true, StandardCharsets.UTF_8);
        stream.print("WARN peer - link ");
        assertEquals(List.of(), lines);
        stream.print("down\r\nsecond é\npartial");
        assertEquals(List.of("WARN peer - link down", "second é"), lines);
        stream.close();
        assertEquals(List.of("WARN peer - link down", "second é", "partial"), lines);
    }
}
