package io.symp.cli;

import io.symp.app.AppInfo;
import io.symp.app.Apps;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.EventType;
import io.symp.app.FieldKind;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.check.StateDiff;
import io.symp.core.UserError;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structured values for {@code --json} (docs/JSON.md): events with their type's name and typed
 * arguments, states as objects of fields, differences as objects. Peer ids are strings (they
 * are unsigned 64-bit, beyond what a JSON double holds exactly).
 */
final class JsonValues {
    private JsonValues() {}

    /** The app a log names, for decoding its events; null when symp does not know it. */
    static AppInfo appOf(String name) {
        try {
            return Apps.builtIn().create(name).info();
        } catch (UserError | IllegalArgumentException e) {
            return null;
        }
    }

    static String peerId(long id) {
        return Long.toUnsignedString(id);
    }

    static Map<String, Object> event(AppInfo app, Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tick", e.tick());
        m.put("origin", peerId(e.origin()));
        m.put("seq", e.seq());
        EventType type = app == null || e.type() >= app.eventTypes().size() ? null
                : app.eventType(e.type());
        m.put("type", type == null ? "#" + e.type() : type.name());
        m.put("type_code", e.type());
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < e.argCount(); i++) {
            boolean named = type != null && i < type.args().size();
            String name = named ? type.args().get(i).name() : "arg" + i;
            ArgKind kind = named ? type.args().get(i).kind() : ArgKind.LONG;
            args.put(name, argValue(e.args(), i, kind));
        }
        m.put("args", args);
        return m;
    }

    /**
     * Argument {@code i} as JSON: a number; a one-character string for a CHAR; a string for a
     * text; {@code "0x"} and lowercase hex for bytes (docs/JSON.md).
     */
    private static Object argValue(io.symp.app.EventArgs args, int i, ArgKind kind) {
        if (args.isText(i)) {
            return args.text(i);
        }
        if (args.isBytes(i)) {
            return args.format(i, ArgKind.BYTES);
        }
        return kind == ArgKind.CHAR ? kind.format(args.number(i)) : (Object) args.number(i);
    }

    /** An event as one readable line: {@code tick 368 origin 1 seq 3 insert pos=3 ch=a}. */
    static String eventText(AppInfo app, Event e) {
        EventType type = app == null || e.type() >= app.eventTypes().size() ? null
                : app.eventType(e.type());
        String what = type == null ? "type " + e.type() + " args " + e.args()
                : (type.name() + " " + type.formatArgs(e)).strip();
        return "tick " + e.tick() + " origin " + peerId(e.origin()) + " seq " + e.seq() + " " + what;
    }

    static Map<String, Object> state(AppInfo app, State s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (app.fields().isEmpty()) {
            m.put("hex", HexFormat.of().formatHex(s.region(), State.HEADER_BYTES, s.region().length));
            return m;
        }
        for (StateField f : app.fields()) {
            m.put(f.name(), field(f, s));
        }
        return m;
    }

    private static Object field(StateField f, State s) {
        if (f.kind() == FieldKind.TEXT) {
            return f.text(s);
        }
        return Long.parseLong(f.format(s));
    }

    static Map<String, Object> difference(StateDiff.Difference d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", d.name());
        m.put("offset_bytes", d.offset());
        m.put("length_bytes", d.length());
        m.put("a", d.left());
        m.put("b", d.right());
        return m;
    }

    static List<Map<String, Object>> events(AppInfo app, List<Event> events) {
        return events.stream().map(e -> event(app, e)).toList();
    }
}
