package io.symp.cli;

import io.symp.travel.TravelStats;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code symp peer --until-tick T --json}: the settled tick's hash and the peer's counters. */
final class PeerJson {
    private PeerJson() {}

    static Map<String, Object> result(long id, long tick, String hash, TravelStats s, long divergences) {
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
        m.put("divergences", divergences);
        return m;
    }
}
