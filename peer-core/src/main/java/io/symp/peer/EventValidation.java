package io.symp.peer;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.EventType;

/**
 * Checks that an event fits the application: a known type, the right number of arguments,
 * each of its kind and inside its declared range ({@link io.symp.app.Arg#range}). The same
 * rule ({@link EventType#problem}) refuses bad events on emit, on receipt and in replay.
 */
final class EventValidation {
    private EventValidation() {}

    /** What is wrong with {@code e}, or null when it is valid. */
    static String problem(AppInfo info, Event e) {
        if (e.seq() < 1 || e.seq() > Limits.SEQ_MAX) {
            return "event seq " + e.seq() + " from origin " + Long.toHexString(e.origin())
                    + " outside 1.." + Limits.SEQ_MAX;
        }
        if (e.type() < 0 || e.type() >= info.eventTypes().size()) {
            return "event of unknown type " + e.type() + " from origin " + Long.toHexString(e.origin());
        }
        String p = info.eventTypes().get(e.type()).problem(e);
        return p == null ? null : p + " (origin " + Long.toHexString(e.origin()) + ")";
    }

    /** Throws {@link IllegalArgumentException} when {@code args} do not fit {@code t}. */
    static void checkArgs(EventType t, io.symp.app.EventArgs args) {
        String p = t.problem(args);
        if (p != null) {
            throw new IllegalArgumentException(p + " (usage: " + t.usage() + ")");
        }
    }
}
