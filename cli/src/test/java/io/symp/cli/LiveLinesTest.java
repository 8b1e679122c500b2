package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live lines where stderr is not a terminal (as under the build): plain, periodic, never an escape code. */
class LiveLinesTest {
    @Test
    void shouldCutALongLineToTheColumnsWithAnEllipsisThatFits() {
        String cut = LiveLines.fit("peer 1  tick 449  peers 1  events 69", 20);
        assertTrue(cut.length() <= 20, cut);
        assertTrue(cut.startsWith("peer 1  tick 449"), cut);
        assertEquals("short", LiveLines.fit("short", 20));
    }

    @Test
    void shouldPrintPlainLinesOnlyOnceAnIntervalHasPassedAndTheLastOnClosing() throws Exception {
        StringWriter text = new StringWriter();
        LiveLines live = new LiveLines(new PrintWriter(text, true), 1_000_000_000L);
        assertEquals(false, live.onTerminal());
        live.show(List.of("one"));
        assertEquals("", text.toString(), "nothing before the first interval");
        Thread.sleep(1_100);
        live.show(List.of("two"));
        live.show(List.of("three"));
        live.above("a notice");
        live.closeShowingLast();
        live.show(List.of("after"));
        String nl = System.lineSeparator();
        assertEquals("two" + nl + "a notice" + nl + "three" + nl, text.toString());
    }
}
