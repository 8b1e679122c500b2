package io.symp.testapps;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.LongField;
import io.symp.app.State;
import io.symp.app.StateLayout;
import io.symp.app.SymmetricApp;
import io.symp.app.TextField;

/**
 * A test app with text and byte-string arguments: {@code note text} keeps the last note and a
 * digest of every note's bytes; {@code tag key n} folds the key's bytes and n into the digest.
 */
public final class NoteApp implements SymmetricApp {
    private static final StateLayout.Builder L = StateLayout.builder();
    private static final LongField NOTES = L.i64("notes");
    private static final LongField DIGEST = L.i64("digest");
    private static final TextField LAST = L.text("last", 40);
    private static final AppInfo INFO = AppInfo.builder("note", 1, L.build())
            .event("note", new Arg("text", ArgKind.TEXT).range(1, 40))
            .event("tag", new Arg("key", ArgKind.BYTES).range(0, 8), new Arg("n", ArgKind.INT))
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {
        DIGEST.set(s, 17);
    }

    @Override
    public void tick(State s) {}

    @Override
    public void event(State s, Event e) {
        byte[] bytes = e.bytesArg(0);
        long d = DIGEST.get(s);
        for (byte b : bytes) {
            d = d * 31 + b;
        }
        if (e.type() == 0) {
            NOTES.add(s, 1);
            LAST.set(s, e.textArg(0));
        } else {
            d = d * 1_000_003L + e.intArg(1);
        }
        DIGEST.set(s, d * 7 + bytes.length);
    }
}
