package io.symp.cli;

import io.symp.topology.LinkSpec;
import io.symp.topology.Topology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A topology's links for {@code topo show --json --links}: ends, and latency where given. */
final class TopoJson {
    private TopoJson() {}

    static List<Map<String, Object>> links(Topology t) {
        return t.links().stream().map(TopoJson::link).toList();
    }

    private static Map<String, Object> link(LinkSpec l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", l.a());
        m.put("b", l.b());
        if (l.latencyMs() != null) {
            m.put("latency_ms", l.latencyMs());
        }
        if (l.jitterMs() != null) {
            m.put("jitter_ms", l.jitterMs());
        }
        return m;
    }
}
