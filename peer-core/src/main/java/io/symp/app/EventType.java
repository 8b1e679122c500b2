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
    }

    /** The usage line, e.g. {@code insert pos:int ch:char}. */
    public String usage() {
        return args.isEmpty() ? name
                : name + " " + args.stream().map(Arg::toString).collect(Collectors.joining(" "));
    }

    /** The arguments of {@code e} as text, e.g. {@code pos=3 ch=a}. */
    public String formatArgs(Event e) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(args.get(i).name()).append('=').append(args.get(i).kind().format(e.arg(i)));
        }
        return out.toString();
    }
}
