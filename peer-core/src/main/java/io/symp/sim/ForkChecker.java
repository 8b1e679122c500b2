package io.symp.sim;

import java.util.List;
import java.util.Locale;

/**
 * Safety: no event became impossible for every peer to apply. The core names such events (a
 * fork: history folded without them); the swarm holds every fork against the run, so that a
 * bounded history is met only on purpose, and says which events and how many peers named them.
 */
final class ForkChecker implements SimChecker {
    @Override
    public void check(SimOutcome run, List<String> violations) {
        if (run.forks().isEmpty()) {
            return;
        }
        SimOutcome.Forked first = run.forks().get(0);
        long peers = run.forks().stream().map(SimOutcome.Forked::peerId).distinct().count();
        violations.add(String.format(Locale.ROOT, "fork: %d reports by %d of %d peers, first peer %d: %s",
                run.forks().size(), peers, run.peers().size(), first.peerId(), first.fork().describe()));
    }
}
