package io.symp.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopologyErrorTest {
    @Test
    void shouldPrintFileLineAndWhatIsWrong() {
        assertEquals("paper.topo:12: unknown peer 7 in link",
                new TopologyError("paper.topo", 12, "unknown peer 7 in link").toString());
    }

    @Test
    void shouldLeaveTheLineOutForAWholeFileError() {
        assertEquals("x.topo: no peers", TopologyError.of("x.topo", "no peers").toString());
    }
}
