package io.symp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/JSON.md against real output: every line of every command's --json output is one object,
 * whose fields are exactly the documented ones (optional ones may be absent), nested objects
 * included; every documented object is produced (the 30-second grid aside).
 */
class JsonDocTest {
    /** Which documented object a nested field holds. */
    private static final Map<String, String> NESTED = Map.ofEntries(
            Map.entry("app.events", "app-event"), Map.entry("app-event.args", "app-arg"),
            Map.entry("app.fields", "app-field"), Map.entry("topo.link_list", "topo-link"),
            Map.entry("bisect.only_in_a", "event"), Map.entry("bisect.only_in_b", "event"),
            Map.entry("bisect.settled_state_diff", "difference"),
            Map.entry("bisect.live_state_diff", "difference"),
            Map.entry("bisect.a_replay", "bisect-replay"), Map.entry("bisect.b_replay", "bisect-replay"),
            Map.entry("event-record.event", "event"), Map.entry("swarm.failures", "swarm-failure"));

    @TempDir Path dir;
    private final Map<String, Map<String, Boolean>> doc = new HashMap<>();
    private final Set<String> seen = new TreeSet<>();

    private void readDoc() throws Exception {
        String name = null;
        for (String line : Files.readAllLines(Path.of("../docs/JSON.md"))) {
            if (line.startsWith("### `")) {
                name = line.substring(5, line.indexOf('`', 5));
                doc.put(name, new LinkedHashMap<>());
            } else if (name != null && line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                String field = cells[1].strip().replace("`", "");
                doc.get(name).put(field, cells[3].contains("*optional*"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void check(String object, Object value, String where) {
        assertTrue(value instanceof Map, where + ": not an object: " + value);
        Map<String, Object> m = (Map<String, Object>) value;
        Map<String, Boolean> fields = doc.get(object);
        assertTrue(fields != null, "docs/JSON.md documents no object '" + object + "'");
        seen.add(object);
        for (String k : m.keySet()) {
            assertTrue(fields.containsKey(k), where + ": field '" + k + "' of " + object
                    + " is not in docs/JSON.md");
        }
        fields.forEach((k, optional) -> assertTrue(optional || m.containsKey(k),
                where + ": documented field '" + k + "' of " + object + " is missing"));
        m.forEach((k, v) -> {
            String nested = NESTED.get(object + "." + k);
            if (nested != null && v instanceof List<?> list) {
                list.forEach(item -> check(nested, item, where + "." + k));
            } else if (nested != null) {
                check(nested, v, where + "." + k);
            }
        });
    }

    private List<Map<String, Object>> lines(int code, String... args) throws Exception {
        CliTest.Result r = CliTest.run(args);
        assertEquals(code, r.code(), String.join(" ", args) + ": " + r.err());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), "one object per line: " + line);
            out.add(JSON.std.mapFrom(line));
        }
        return out;
    }

    @Test
    void shouldPrintExactlyTheDocumentedFields() throws Exception {
        readDoc();
        lines(0, "apps", "--json").forEach(m -> check("app", m, "apps"));
        check("topo", lines(0, "topo", "show", "line-3", "--json", "--links").get(0), "topo show");
        check("topo", lines(0, "topo", "show", "paper-21", "--json").get(0), "topo show");
        Path rec = dir.resolve("rec");
        check("sim", lines(1, "sim", "--topology", "line-3", "--duration", "3s", "--start-spread",
                "0s", "--rate", "600", "--record-dir", rec.toString(), "--fault", "flip:1@60",
                "--json", "--no-timing").get(0), "sim");
        List<Map<String, Object>> both = lines(0, "sim", "--topology", "line-3", "--duration",
                "2s", "--protocol", "both", "--json");
        assertEquals(2, both.size(), "--protocol both: one line per protocol");
        both.forEach(m -> check("sim", m, "sim --protocol both"));
        String log0 = rec.resolve("peer0.symplog").toString();
        check("replay", lines(0, "replay", log0, "--json", "--state").get(0), "replay");
        check("bisect", lines(1, "bisect", log0, rec.resolve("peer1.symplog").toString(),
                "--json").get(0), "bisect");
        check("bisect", lines(0, "bisect", log0, rec.resolve("peer2.symplog").toString(),
                "--json").get(0), "bisect");
        Path other = dir.resolve("other");
        lines(0, "sim", "--topology", "line-3", "--duration", "3s", "--start-spread", "0s",
                "--rate", "600", "--seed", "2", "--record-dir", other.toString(), "--json");
        Map<String, Object> differ = lines(1, "bisect", log0,
                other.resolve("peer0.symplog").toString(), "--json").get(0);
        check("bisect", differ, "bisect of two runs");
        assertTrue(!((List<?>) differ.get("settled_state_diff")).isEmpty(), differ.toString());
        List<Map<String, Object>> inspect = lines(0, "inspect", log0, "--json", "--events",
                "--rollbacks");
        check("summary", inspect.get(0), "inspect");
        for (Map<String, Object> m : inspect.subList(1, inspect.size())) {
            check(m.get("record") + "-record", m, "inspect");
        }
        Map<String, Object> event = (Map<String, Object>) inspect.get(1).get("event");
        assertTrue(Set.of("up", "down", "left", "right", "space").contains(event.get("type")), "named");
        check("peer", lines(0, "peer", "--until-tick", "5", "--json").get(0), "peer");
        check("swarm", lines(0, "sim", "--swarm", "2", "--seed", "7", "--json").get(0), "swarm");
        Set<String> documented = new TreeSet<>(doc.keySet());
        documented.remove("grid");
        documented.remove("rollback-record");
        documented.remove("swarm-failure");
        seen.remove("rollback-record");
        assertEquals(documented, seen, "every documented object is produced and checked");
    }

    /**
     * Text and byte-string arguments in {@code inspect --events --json}: a JSON string for text
     * and {@code "0x"} and hex for bytes, as docs/JSON.md says, drawn by the random workload
     * inside the declared lengths; and the app's arguments listed with their kinds.
     */
    @Test
    @SuppressWarnings("unchecked")
    void shouldShowTextAndBytesArgumentsAsDocumented() throws Exception {
        readDoc();
        Path jar = io.symp.cli.apps.AppJar.ofClasses(dir.resolve("note.jar"), io.symp.testapps.NoteApp.class);
        Path rec = dir.resolve("notes");
        lines(0, "sim", "--app-path", jar.toString(), "--app", "note", "--topology", "line-3", "--duration",
                "4s", "--start-spread", "0s", "--rate", "1200", "--seed", "3", "--record-dir", rec.toString(), "--json");
        List<Map<String, Object>> inspect = lines(0, "inspect", rec.resolve("peer0.symplog").toString(),
                "--app-path", jar.toString(), "--json", "--events");
        int notes = 0;
        int tags = 0;
        for (Map<String, Object> m : inspect.subList(1, inspect.size())) {
            check("event-record", m, "inspect");
            Map<String, Object> event = (Map<String, Object>) m.get("event");
            Map<String, Object> args = (Map<String, Object>) event.get("args");
            if (event.get("type").equals("note")) {
                String text = (String) args.get("text");
                int bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                assertTrue(bytes >= 1 && bytes <= 40, "inside the declared length: " + text);
                notes++;
            } else {
                assertTrue(((String) args.get("key")).matches("0x([0-9a-f]{2}){0,8}"), args.toString());
                assertTrue(args.get("n") instanceof Number, args.toString());
                tags++;
            }
        }
        assertTrue(notes > 0 && tags > 0, notes + " notes, " + tags + " tags");
        Map<String, Object> app = lines(0, "apps", "--app-path", jar.toString(), "--json").stream()
                .filter(a -> a.get("name").equals("note")).findFirst().orElseThrow();
        check("app", app, "apps");
        List<Map<String, Object>> events = (List<Map<String, Object>>) app.get("events");
        Map<String, Object> text = ((List<Map<String, Object>>) events.get(0).get("args")).get(0);
        assertEquals(List.of("text", true, 1, 40), List.of(text.get("kind"), text.get("ranged"),
                text.get("min_length_bytes"), text.get("max_length_bytes")), text.toString());
        List<Map<String, Object>> tagArgs = (List<Map<String, Object>>) events.get(1).get("args");
        assertEquals(List.of("bytes", true, 0, 8), List.of(tagArgs.get(0).get("kind"), tagArgs.get(0).get("ranged"),
                tagArgs.get(0).get("min_length_bytes"), tagArgs.get(0).get("max_length_bytes")), tagArgs.toString());
        assertEquals(List.of("int", false, Integer.MIN_VALUE, Integer.MAX_VALUE), List.of(tagArgs.get(1).get("kind"),
                tagArgs.get(1).get("ranged"), tagArgs.get(1).get("min"), tagArgs.get(1).get("max")), tagArgs.toString());
    }

    /** A char argument's range is given as code points (U+10FFFF survives any locale). */
    @Test
    @SuppressWarnings("unchecked")
    void shouldShowACharArgumentsRangeAsCodePoints() throws Exception {
        Map<String, Object> doc = lines(0, "apps", "--json").stream()
                .filter(a -> a.get("name").equals("doc")).findFirst().orElseThrow();
        List<Map<String, Object>> args = ((List<Map<String, Object>>) doc.get("events")).stream()
                .flatMap(e -> ((List<Map<String, Object>>) e.get("args")).stream())
                .filter(a -> a.get("kind").equals("char")).toList();
        assertTrue(!args.isEmpty(), doc.toString());
        assertEquals(0, args.get(0).get("min"));
        assertEquals(Character.MAX_CODE_POINT, args.get(0).get("max"));
    }
}
