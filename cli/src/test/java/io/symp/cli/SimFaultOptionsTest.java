package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.sim.PartitionSpec;
import io.symp.sim.RestartMode;
import io.symp.sim.SimConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code symp sim}'s fault options: what they parse to, and one-line refusals of bad ones. */
class SimFaultOptionsTest {
    private static SimConfig config(String... args) {
        SimCommand cmd = new SimCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.config();
    }

    @Test
    void shouldParsePartitionsOfAnyLengthIntoGroupsOfPeerIndexes() {
        SimConfig c = config("--topology", "line-21", "--partition", "0-9:10-20@60s+25m",
                "--partition", "3,5-6@2m+500ms", "--restart", "new-id", "--clock-drift", "200", "--clock-offset", "1s");
        List<PartitionSpec> p = c.faults().partitions();
        assertEquals(2, p.size());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), p.get(0).groups().get(0));
        assertEquals(11, p.get(0).groups().get(1).size());
        assertEquals(60_000_000_000L, p.get(0).startNanos());
        assertEquals(25 * 60_000_000_000L, p.get(0).lengthNanos());
        assertEquals(List.of(List.of(3, 5, 6)), p.get(1).groups());
        assertEquals(RestartMode.NEW_ID, c.faults().restart());
        assertEquals(200, c.faults().clockDriftPpm());
        assertEquals(1_000_000_000L, c.faults().clockOffsetNanos());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--partition|0-9:5-20@1s+1s|peer 5 is in two groups",
        "--partition|0-30@1s+1s|not a range of peer indexes 0..20",
        "--partition|0-9:10-20|must be GROUPS@START+LENGTH",
        "--restart|again|--restart must be same-id or new-id",
        "--slow-reader|3|must be PEERS@BYTES_PER_S",
        "--clock-drift|200000|--clock-drift must be 0..100000 ppm"})
    void shouldRefuseBadFaultsInOneLine(String option, String value, String message) {
        CliTest.Result r = CliTest.run("sim", "--topology", "line-21", "--duration", "10s", option, value);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
