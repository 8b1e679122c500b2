package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paper's churn experiment and the reference's known losses, on the shipped paper-21
 * topology in virtual time: ours recovers fast and loses nothing; the paper's algorithm, run
 * on the same seeds, loses events and ends in different states where the paper says it can.
 */
class SimChurnTest {
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> both(String... extra) throws Exception {
        String[] base = {"sim", "--topology", "paper-21", "--latency", "50ms", "--mult", "2",
            "--protocol", "both", "--json", "--no-timing"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CliTest.Result r = CliTest.run(args);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            lines.add(com.fasterxml.jackson.jr.ob.JSON.std.mapFrom(line));
        }
        return lines;
    }

    /** Churn 40 s / 20 s, middle peers included: returning peers recover in under half a second. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shouldRecoverFromChurnFastAndLoseNothing(long seed) throws Exception {
        Map<String, Object> ours = both("--duration", "300s", "--rate", "25", "--churn", "40:20", "--seed", "" + seed).get(0);
        assertEquals("symp", ours.get("protocol"));
        assertEquals(0, ((Number) ours.get("events_lost")).intValue(), ours.toString());
        assertEquals(true, ours.get("hashes_agree"), ours.toString());
        assertTrue(((Number) ours.get("recoveries")).intValue() > 50, ours.toString());
        assertTrue(((Number) ours.get("recovery_ms_mean")).doubleValue() < 500, ours.toString());
    }

    /** A restarted reference peer reuses its id: its first events lose to the highest-tick rule. */
    @Test
    void shouldShowThePaperAlgorithmLosingEventsUnderChurn() throws Exception {
        List<Map<String, Object>> r = both("--duration", "300s", "--rate", "25", "--churn", "40:20", "--seed", "3");
        assertEquals(0, ((Number) r.get(0).get("events_lost")).intValue(), r.get(0).toString());
        assertTrue(((Number) r.get(1).get("events_lost")).intValue() > 0, r.get(1).toString());
        assertFalse((Boolean) r.get(1).get("hashes_agree"), r.get(1).toString());
    }

    /** Links that let messages overtake (UDP, several paths): the highest-tick rule drops the overtaken. */
    @Test
    void shouldShowThePaperAlgorithmLosingEventsOnUnorderedLinks() throws Exception {
        List<Map<String, Object>> r = both("--duration", "120s", "--rate", "120", "--links", "unordered",
                "--seed", "1");
        assertEquals(0, ((Number) r.get(0).get("events_lost")).intValue(), r.get(0).toString());
        assertEquals(true, r.get(0).get("hashes_agree"));
        assertTrue(((Number) r.get(1).get("events_lost")).intValue() > 0, r.get(1).toString());
        assertFalse((Boolean) r.get(1).get("hashes_agree"), r.get(1).toString());
    }

    @Test
    void shouldRefuseAnUnknownLinkOrder() {
        CliTest.Result r = CliTest.run("sim", "--links", "sideways");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("symp sim: --links must be 'ordered' or 'unordered', got 'sideways'", r.err().strip());
    }
}
