package io.symp.cli;

import io.symp.app.AppIdentity;
import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.Apps;
import io.symp.app.EventType;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symp apps}: the applications symp can run, with their events and state layout. */
@Command(name = "apps", description = "List the applications symp can run: events, state size, fields.")
public final class AppsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin AppPathOption appPath;

    @Option(names = "--json", description = "One JSON object per line, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        Apps apps = appPath.apps();
        PrintWriter out = spec.commandLine().getOut();
        for (String name : apps.names()) {
            SymmetricApp app = apps.create(name);
            AppInfo info = app.info();
            AppIdentity id = AppIdentity.of(app);
            if (json) {
                Map<String, Object> m = describe(info, id);
                m.put("origin", apps.origin(name));
                out.println(Json.write(m));
            } else {
                String origin = apps.origin(name);
                out.printf("%-10s v%d  %d-byte state  code %s%s%n", name, info.version(), info.stateSize(),
                        io.symp.hash.StateHash.hex(id.codeHash()), origin.equals("built-in") ? "" : "  from " + origin);
                for (EventType t : info.eventTypes()) {
                    out.println("    event  " + t.usage());
                }
                for (StateField f : info.fields()) {
                    out.printf("    field  %-8s %s at %d%n", f.name(), f.kind().name().toLowerCase(), f.offset());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Map<String, Object> describe(AppInfo info, AppIdentity id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", info.name());
        m.put("version", info.version());
        m.put("state_size_bytes", info.stateSize());
        m.put("code_hash", io.symp.hash.StateHash.hex(id.codeHash()));
        List<Object> events = new ArrayList<>();
        for (EventType t : info.eventTypes()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", t.name());
            e.put("code", t.code());
            e.put("args", t.args().stream().map(AppsCommand::describe).toList());
            events.add(e);
        }
        m.put("events", events);
        List<Object> fields = new ArrayList<>();
        for (StateField f : info.fields()) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("offset_bytes", f.offset());
            field.put("length_bytes", f.length());
            field.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
            fields.add(field);
        }
        m.put("fields", fields);
        return m;
    }

    /**
     * An argument with the values it may take: the declared range, or its kind's whole range;
     * numbers (code points for char, which a script compares as it compares ints), lengths
     * in bytes for text and bytes.
     */
    private static Map<String, Object> describe(Arg a) {
        Map<String, Object> arg = new LinkedHashMap<>();
        arg.put("name", a.name());
        arg.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        arg.put("ranged", a.ranged());
        if (a.kind().numeric()) {
            arg.put("min", a.min());
            arg.put("max", a.max());
        } else {
            arg.put("min_length_bytes", a.min());
            arg.put("max_length_bytes", a.max());
        }
        return arg;
    }
}
