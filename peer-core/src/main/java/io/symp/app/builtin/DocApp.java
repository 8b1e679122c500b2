package io.symp.app.builtin;

import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;
import java.nio.charset.StandardCharsets;

/**
 * A shared text document of fixed capacity: {@code insert pos ch} and {@code delete pos}, with
 * positions in characters, clamped to the text. Order matters (insert then delete is not delete
 * then insert), which is what a total order gives without any CRDT machinery. Text is UTF-8;
 * an insert that would not fit is ignored, identically on every peer.
 */
public final class DocApp implements SymmetricApp {
    static final int CAPACITY = 4096;
    static final int LENGTH = 0;
    static final int CHARS = 4;
    static final int TEXT = 8;

    private static final AppInfo INFO = AppInfo.builder("doc", 1, TEXT + CAPACITY)
            .event("insert", new Arg("pos", ArgKind.INT), new Arg("ch", ArgKind.CHAR))
            .event("delete", new Arg("pos", ArgKind.INT))
            .field(StateField.i32("bytes", LENGTH)).field(StateField.i32("chars", CHARS))
            .field(StateField.text("text", TEXT, CAPACITY))
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {
        // An empty document: the zeroed state already is one.
    }

    @Override
    public void tick(State s) {
        // Nothing changes between edits.
    }

    @Override
    public void event(State s, Event e) {
        int chars = s.getInt(CHARS);
        int pos = Math.max(0, Math.min(e.intArg(0), e.type() == 0 ? chars : chars - 1));
        if (e.type() == 0) {
            insert(s, pos, e.intArg(1));
        } else if (chars > 0) {
            delete(s, pos);
        }
    }

    private static void insert(State s, int pos, int codePoint) {
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        int length = s.getInt(LENGTH);
        if (length + encoded.length > CAPACITY) {
            return;
        }
        int at = byteOffset(s, pos);
        s.move(TEXT + at, TEXT + at + encoded.length, length - at);
        for (int i = 0; i < encoded.length; i++) {
            s.putByte(TEXT + at + i, encoded[i]);
        }
        s.putInt(LENGTH, length + encoded.length);
        s.putInt(CHARS, s.getInt(CHARS) + 1);
    }

    private static void delete(State s, int pos) {
        int length = s.getInt(LENGTH);
        int at = byteOffset(s, pos);
        int width = byteOffset(s, pos + 1) - at;
        s.move(TEXT + at + width, TEXT + at, length - at - width);
        s.fill(TEXT + length - width, width, (byte) 0);
        s.putInt(LENGTH, length - width);
        s.putInt(CHARS, s.getInt(CHARS) - 1);
    }

    /** The byte offset of character {@code pos}: UTF-8 continuation bytes are 10xxxxxx. */
    private static int byteOffset(State s, int pos) {
        int length = s.getInt(LENGTH);
        int at = 0;
        for (int seen = 0; at < length; at++) {
            if ((s.getByte(TEXT + at) & 0xC0) != 0x80) {
                if (seen == pos) {
                    return at;
                }
                seen++;
            }
        }
        return at;
    }
}
