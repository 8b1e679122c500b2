package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperTableTest {
    @Test
    void shouldHoldThePapersWholeGrid() {
        PaperTable t = PaperTable.load();
        assertEquals(108, t.size());
        assertEquals(3.1, t.rollbackPct(2, 50, 25));
        assertEquals(7.2, t.rollbackPct(1, 50, 25));
        assertEquals(0.1, t.rollbackPct(5, 50, 25));
    }

    @Test
    void shouldRefuseATableWithCellsMissing() {
        assertThrows(IllegalStateException.class,
                () -> PaperTable.parse(List.of("# source", "multiplier,latency_ms,events_per_min,rollback_pct",
                        "1,5,5,0.2")));
    }

    @Test
    void shouldRefuseACellOutsideTheGrid() {
        assertThrows(IllegalArgumentException.class, () -> PaperTable.load().rollbackPct(3, 50, 25));
    }
}
