package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.peer.PeerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --delta auto} and {@code --rollback-budget} as a user meets them. */
class AutoDeltaCliTest {
    @Test
    void shouldSimulateWithAutoDeltaIdenticallyTwiceAndReportTheDeltaUsed() {
        String[] args = {"sim", "--latency", "50ms", "--rate", "25", "--delta", "auto", "--rollback-budget", "1%",
            "--duration", "60s", "--seed", "1", "--json", "--no-timing"};
        CliTest.Result first = CliTest.run(args);
        CliTest.Result second = CliTest.run(args);
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), second.out());
        assertTrue(first.out().contains("\"delta_mode\":\"auto\",\"rollback_budget_pct\":1.0,"), first.out());
        assertTrue(first.out().contains("\"events_lost\":0,"), first.out());
        double delta = Double.parseDouble(first.out().replaceAll(".*\"delta_ms\":([0-9.]+).*\n?", "$1"));
        assertTrue(delta > 20 && delta != 500.0, "each peer's own Δ, averaged: " + delta);
    }

    @Test
    void shouldKeepTheFixedDeltaAndSayItIsFixed() {
        CliTest.Result r = CliTest.run("sim", "--mult", "2", "--duration", "40s", "--json", "--no-timing");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"delta_ms\":500.0,\"delta_mode\":\"fixed\",\"ticks\""), r.out());
    }

    @Test
    void shouldRefuseABudgetWithoutItsPercentSignInOneLine() {
        CliTest.Result r = CliTest.run("sim", "--delta", "auto", "--rollback-budget", "0.01");
        assertEquals(2, r.code());
        assertEquals("symp sim: Invalid value for option '--rollback-budget': '0.01' is not a percentage above 0"
                + " and below 100 (e.g. 1%, 0.5%); see 'symp sim --help'", r.err().strip());
    }

    @Test
    void shouldRefuseABudgetForAFixedDeltaAndADeltaThatIsNeitherInOneLine() {
        CliTest.Result budget = CliTest.run("sim", "--rollback-budget", "1%", "--duration", "10s");
        assertEquals(2, budget.code());
        assertEquals("symp sim: --rollback-budget needs --delta auto", budget.err().strip());
        CliTest.Result delta = CliTest.run("sim", "--delta", "soon");
        assertEquals(2, delta.code());
        assertEquals(1, delta.err().strip().lines().count(), delta.err());
        assertTrue(delta.err().contains("'soon' is neither 'auto' nor a duration"), delta.err());
    }

    @Test
    void shouldGiveALivePeerABudgetAndTheDefaultDeltaAsItsPrior() {
        PeerOptions auto = CommandLine.populateCommand(new PeerOptions(), "--delta", "auto", "--rollback-budget", "0.5%");
        PeerConfig config = auto.peerConfig(1, false);
        assertTrue(config.autoDelta());
        assertEquals(0.005, config.rollbackBudget(), 1e-12);
        assertEquals(25, config.deltaTicks(), "500 ms at 50 FPS until measured");
        PeerConfig fixed = CommandLine.populateCommand(new PeerOptions(), "--delta", "200ms").peerConfig(1, false);
        assertFalse(fixed.autoDelta());
        assertEquals(10, fixed.deltaTicks());
    }

    @Test
    void shouldReadPercentagesAsFractions() {
        Percentages p = new Percentages();
        assertEquals(0.01, p.convert("1%"), 1e-12);
        assertEquals(0.005, p.convert("0.5%"), 1e-12);
        assertEquals(0.005, p.convert(".5%"), 1e-12);
        for (String bad : new String[] {"0%", "100%", "1", "-1%", "1 %%", "one%"}) {
            try {
                p.convert(bad);
                throw new AssertionError("accepted " + bad);
            } catch (CommandLine.TypeConversionException expected) {
                assertTrue(expected.getMessage().startsWith("'" + bad + "'"), expected.getMessage());
            }
        }
    }
}
