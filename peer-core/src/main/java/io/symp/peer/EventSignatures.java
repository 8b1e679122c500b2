package io.symp.peer;

import io.symp.timeline.Timeline;
import io.symp.wire.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * How the origin signed every event on the timeline, by (origin, seq): the EVENT or EVENTS
 * message (lead 0) that carries it with its signature, so that relays and repairs send events
 * as their origin signed them (an event of a batch goes with its whole batch, one object shared
 * by all its events). An event leaves with the timeline (folded or replaced by an adopted
 * snapshot); so this holds at most {@link Limits#TIMELINE_EVENTS_MAX}.
 */
final class EventSignatures {
    private final TreeMap<Long, TreeMap<Long, Message>> byOrigin = new TreeMap<>();

    void put(long origin, long seq, Message signed) {
        byOrigin.computeIfAbsent(origin, o -> new TreeMap<>()).put(seq, signed);
    }

    /** The message that carries (origin, seq) signed, or null when the event is not on the timeline. */
    Message get(long origin, long seq) {
        TreeMap<Long, Message> seqs = byOrigin.get(origin);
        return seqs == null ? null : seqs.get(seq);
    }

    void remove(long origin, long seq) {
        TreeMap<Long, Message> seqs = byOrigin.get(origin);
        if (seqs != null) {
            seqs.remove(seq);
            if (seqs.isEmpty()) {
                byOrigin.remove(origin);
            }
        }
    }

    /** Drops the signatures of events no longer on {@code timeline} (after a snapshot was adopted). */
    void retainOn(Timeline timeline) {
        List<long[]> gone = new ArrayList<>();
        byOrigin.forEach((origin, seqs) -> seqs.keySet().forEach(seq -> {
            if (timeline.get(origin, seq) == null) {
                gone.add(new long[] {origin, seq});
            }
        }));
        for (long[] id : gone) {
            remove(id[0], id[1]);
        }
    }

    int size() {
        int n = 0;
        for (TreeMap<Long, Message> seqs : byOrigin.values()) {
            n += seqs.size();
        }
        return n;
    }
}
