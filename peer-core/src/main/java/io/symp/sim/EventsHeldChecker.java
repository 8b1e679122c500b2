package io.symp.sim;

import io.symp.app.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Safety: every emitted event is held, in the end, by every peer. An event no peer holds is a
 * violation when its emitter's run is still up (it dropped its own event); otherwise it went
 * down with every run that held it, which no protocol without storage survives, and is only
 * counted.
 */
final class EventsHeldChecker implements SimChecker {
    @Override
    public void check(SimOutcome run, List<String> violations) {
        long missing = 0;
        long vanished = 0;
        String example = null;
        String vanishedExample = null;
        for (int i = 0; i < run.emitted().size(); i++) {
            Event e = run.emitted().get(i);
            List<Long> lacking = new ArrayList<>();
            for (SimPeer p : run.peers()) {
                if (!p.peer().holds(e.origin(), e.seq())) {
                    lacking.add(p.id());
                }
            }
            SimMetrics.Emitter by = run.emitters().get(i);
            if (lacking.size() == run.peers().size()) {
                if (by.peer().incarnation() == by.run()) {
                    vanished++;
                    vanishedExample = vanishedExample != null ? vanishedExample : describe(e, lacking);
                }
            } else if (!lacking.isEmpty()) {
                missing++;
                example = example != null ? example : describe(e, lacking);
            }
        }
        if (missing > 0) {
            violations.add(String.format(Locale.ROOT, "events lost: %d of %d emitted not held by every peer"
                    + " after healing, first %s", missing, run.emitted().size(), example));
        }
        if (vanished > 0) {
            violations.add(String.format(Locale.ROOT, "events vanished: %d held by no peer, not even their"
                    + " emitter still up, first %s", vanished, vanishedExample));
        }
    }

    private static String describe(Event e, List<Long> lacking) {
        return String.format(Locale.ROOT, "(origin %s, seq %d, tick %d) lacking at peers %s",
                Long.toUnsignedString(e.origin()), e.seq(), e.tick(), abbreviated(lacking));
    }

    static String abbreviated(List<Long> ids) {
        return ids.size() <= 8 ? ids.toString() : ids.subList(0, 8) + " and " + (ids.size() - 8) + " more";
    }
}
