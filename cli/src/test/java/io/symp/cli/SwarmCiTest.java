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

    /** Seed → how its first violation starts, while the bug it shows is open. */
    static final Map<Long, String> KNOWN = Map.of(
            2L, "snapshot adopted over other events", // a partition past the ring's reach: states swapped
            6L, "peer 5 (run 0) threw IllegalStateException from advance", // an app exception wedges the tick
            10L, "peer 4 (run 0) threw IllegalStateException from advance",
            11L, "snapshot adopted over other events",
            13L, "event ids reused", // symp peer restarted with its --id reuses (origin, seq)
            15L, "event ids reused",
            16L, "event ids reused");

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
