package io.symp.peer;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.EventType;

/** Checks that an event fits the application: a known type, the right arguments, in range. */
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
        EventType t = info.eventTypes().get(e.type());
        if (e.argCount() != t.args().size()) {
            return "event " + t.name() + " with " + e.argCount() + " arguments, expected " + t.args().size();
        }
        for (int i = 0; i < e.argCount(); i++) {
            if (!t.args().get(i).kind().accepts(e.arg(i))) {
                return "event " + t.name() + ": argument " + t.args().get(i).name() + " out of range: " + e.arg(i);
            }
        }
        return null;
    }

    /** Throws {@link IllegalArgumentException} when {@code args} do not fit {@code t}. */
    static void checkArgs(EventType t, long[] args) {
        if (args.length != t.args().size()) {
            throw new IllegalArgumentException("event " + t.usage() + " takes " + t.args().size()
                    + " arguments, got " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            if (!t.args().get(i).kind().accepts(args[i])) {
                throw new IllegalArgumentException("event " + t.name() + ": argument " + t.args().get(i).name()
                        + " out of range: " + args[i]);
            }
        }
    }
}
