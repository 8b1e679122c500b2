package io.symp.sim;

import io.symp.hash.StateHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Safety: at the common tick every peer has one hash, and it is the reference timeline's: no
 * event lost, duplicated or applied differently, on any peer or on all of them alike.
 */
final class AgreementChecker implements SimChecker {
    @Override
    public void check(SimOutcome run, List<String> violations) {
        long tick = run.commonTick();
        TreeMap<String, List<Long>> byHash = new TreeMap<>();
        for (SimPeer p : run.peers()) {
            String hash;
            try {
                hash = StateHash.hex(p.peer().stateHashAt(tick));
            } catch (IllegalArgumentException e) {
                hash = "unreachable (" + e.getMessage() + ")";
            }
            byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(p.id());
        }
        if (byHash.size() > 1) {
            StringBuilder b = new StringBuilder();
            byHash.forEach((h, ids) -> b.append(b.length() == 0 ? "" : "; ").append(h).append(" at peers ")
                    .append(EventsHeldChecker.abbreviated(ids)));
            violations.add("hashes differ at tick " + tick + ": " + b);
            return;
        }
        Long expected = run.reference().get(tick);
        String only = byHash.firstKey();
        if (expected != null && !only.equals(StateHash.hex(expected))) {
            violations.add(String.format(Locale.ROOT, "every peer has %s at tick %d, the reference timeline %s"
                    + " (events lost, duplicated or applied differently everywhere)", only, tick,
                    StateHash.hex(expected)));
        }
    }
}
