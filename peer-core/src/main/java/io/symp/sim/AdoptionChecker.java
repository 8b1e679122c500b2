package io.symp.sim;

import java.util.List;
import java.util.Locale;

/**
 * Safety: a snapshot a peer adopts is the reference timeline's state at its tick. One that is
 * not silently replaced that peer's events (its own among them) with another history.
 */
final class AdoptionChecker implements SimChecker {
    @Override
    public void check(SimOutcome run, List<String> violations) {
        int wrong = 0;
        SimOutcome.Adoption first = null;
        for (SimOutcome.Adoption a : run.adoptions()) {
            Long expected = run.reference().get(a.tick());
            if (expected != null && expected != a.hash()) {
                wrong++;
                first = first == null ? a : first;
            }
        }
        if (first != null) {
            violations.add(String.format(Locale.ROOT, "snapshot adopted over other events: %d of %d adoptions"
                    + " differ from the reference, first peer %d (run %d) at tick %d, with %d own events"
                    + " at or before it", wrong, run.adoptions().size(), first.peerId(), first.run(), first.tick(),
                    first.ownEventsBefore()));
        }
    }
}
