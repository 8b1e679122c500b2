package io.symp.cli;

import io.symp.travel.TravelStats;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code symp peer --until-tick T --json}: the settled tick's hash and the peer's counters. */
final class PeerJson {
    private PeerJson() {}

    /** The findings that make {@code --until-tick} exit 1, and the forgeries refused. */
    record Findings(long divergences, long forks, long equivocations, long forgeries) {}

    static Map<String, Object> result(long id, long tick, String hash, TravelStats s, Findings f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peer", JsonValues.peerId(id));
        m.put("tick", tick);
        m.put("hash", hash);
        m.put("ticks_live", s.ticksLive());
        m.put("ticks_travelled", s.ticksTravelled());
        m.put("rollbacks", s.rollbacks());
        m.put("events", s.eventsApplied());
        m.put("events_late", s.eventsLate());
        m.put("events_refused", s.eventsRefused());
        m.put("events_skipped", s.eventsSkipped());
        m.put("divergences", f.divergences());
        m.put("forks", f.forks());
        m.put("equivocations", f.equivocations());
        m.put("forgeries", f.forgeries());
        return m;
    }
}
