package io.symp.cli;

import io.symp.check.NonDeterminism;
import io.symp.check.StateDiff;
import java.util.LinkedHashMap;
import java.util.Map;

/** How every command reports what sync-test found, and suggests it when a mismatch hints at it. */
final class SyncTestFindings {
    /** Said wherever a mismatch looks like an app that is not deterministic. */
    static final String HINT = "if the app may not be deterministic (a static field, Math.random, hash order),"
            + " 'symp sim --sync-test 8' (with --app and --app-path) names the tick and fields";

    private SyncTestFindings() {}

    /** One finding as a JSON object: peer, tick, depth and the fields that differ. */
    static Map<String, Object> json(long peerId, NonDeterminism n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("peer", Long.toUnsignedString(peerId));
        m.put("tick", n.tick());
        m.put("depth", n.depth());
        m.put("fields", n.differences().stream().map(StateDiff.Difference::name).toList());
        m.put("differences", n.differences().stream().map(Object::toString).toList());
        return m;
    }

    /** One finding for people: the peer, then the description's lines. */
    static String text(long peerId, NonDeterminism n) {
        return "sync-test: peer " + Long.toUnsignedString(peerId) + ": " + n.describe();
    }
}
