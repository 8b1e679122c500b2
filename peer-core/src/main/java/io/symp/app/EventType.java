package io.symp.app;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One kind of application event: its code (its index in {@link AppInfo#eventTypes()}), name
 * and argument layout. Codes travel on the wire and in logs; names are for people.
 */
public record EventType(int code, String name, List<Arg> args) {
    public EventType {
        args = List.copyOf(args);
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("event name must be lowercase [a-z][a-z0-9-]*, got '" + name + "'");
        }
        long stringBytesMin = args.stream().filter(a -> !a.kind().numeric()).mapToLong(Arg::min).sum();
        if (stringBytesMin > io.symp.peer.Limits.EVENT_STRING_BYTES_MAX) {
            throw new IllegalArgumentException("event " + name + ": its text and bytes arguments need "
                    + stringBytesMin + " bytes at least, more than the " + io.symp.peer.Limits.EVENT_STRING_BYTES_MAX
                    + " one event may carry");
        }
    }

    /**
     * What is wrong with these arguments for this type (count, kind or declared range), or
     * null when they are allowed. The one rule used on emit, on receipt and in replay.
     */
    public String problem(EventArgs values) {
        if (values.count() != args.size()) {
            return "event " + name + " takes " + args.size() + " arguments, got " + values.count();
        }
        for (int i = 0; i < values.count(); i++) {
            String p = args.get(i).problem(values, i);
            if (p != null) {
                return "event " + name + ": argument " + p;
            }
        }
        return null;
    }

    /** What is wrong with these numbers as arguments of this type, or null (see {@link #problem(EventArgs)}). */
    public String problem(long[] values) {
        return problem(EventArgs.of(values));
    }

    /** What is wrong with {@code e}'s arguments for this type, or null (see {@link #problem(EventArgs)}). */
    public String problem(Event e) {
        return problem(e.args());
    }

    /** The usage line, e.g. {@code insert pos:int ch:char}. */
    public String usage() {
        return args.isEmpty() ? name
                : name + " " + args.stream().map(Arg::toString).collect(Collectors.joining(" "));
    }

    /** The arguments of {@code e} as text, e.g. {@code pos=3 ch=a} or {@code line="hi there"}. */
    public String formatArgs(Event e) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(args.get(i).name()).append('=').append(e.args().format(i, args.get(i).kind()));
        }
        return out.toString();
    }
}
