package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The swarm's fixed CI subset: seeds 1 to 24, every one checked in full. Seeds that fail on
 * the current core for a diagnosed bug (docs/TESTING.md, "Bugs the swarm found") are listed
 * with the violation their first line must start with: each must fail so, or pass (once the
 * fix lands; then it belongs with the others). Any other violation, on any seed, fails the
 * build with the command that reproduces it. The checks are never relaxed here.
 */
class SwarmCiTest {
    static final long FIRST = 1;
    static final int COUNT = 24;

    /**
     * Seed → how its first violation starts, while the bug it shows is open. Empty: on main as
     * merged at 12:00 UTC every seed of the subset passes. Before the core's fixes landed,
     * seeds 2 and 11 (partition past the ring's reach), 6 and 10 (app exception) and 13, 15, 16
     * (reused event ids) failed here; docs/TESTING.md lists them.
     */
    static final Map<Long, String> KNOWN = Map.of();

    @Test
    void shouldPassEverySeedOfTheSubset() {
        List<SimSwarm.Run> runs = SimSwarm.run(FIRST, COUNT, n -> { });
        List<String> broken = new ArrayList<>();
        for (SimSwarm.Run r : runs) {
            String known = KNOWN.get(r.seed());
            if (!r.failed()) {
                continue;
            }
            String first = r.problems().get(0);
            if (known == null || !first.startsWith(known)) {
                broken.add("seed " + r.seed() + ": " + r.problems() + "\n  " + SwarmDraw.command(r.seed()));
            }
        }
        if (!broken.isEmpty()) {
            fail(String.join("\n", broken));
        }
        assertTrue(runs.stream().filter(r -> !KNOWN.containsKey(r.seed())).noneMatch(SimSwarm.Run::failed));
    }
}
