package io.symp.sim;

import io.symp.app.Event;
import java.util.List;
import java.util.Locale;

/** Safety: one (origin, seq) names one event; a restarted peer never reuses its ids. */
final class EventIdChecker implements SimChecker {
    @Override
    public void check(SimOutcome run, List<String> violations) {
        if (run.reusedIds().isEmpty()) {
            return;
        }
        Event[] first = run.reusedIds().get(0);
        violations.add(String.format(Locale.ROOT, "event ids reused: %d events emitted under an id already used,"
                + " first (origin %s, seq %d) at ticks %d and %d (a restarted peer numbered its events afresh)",
                run.reusedIds().size(), Long.toUnsignedString(first[0].origin()), first[0].seq(), first[0].tick(),
                first[1].tick()));
    }
}
