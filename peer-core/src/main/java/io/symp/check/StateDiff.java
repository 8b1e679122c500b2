package io.symp.check;

import io.symp.app.AppInfo;
import io.symp.app.State;
import io.symp.app.StateField;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The differences between two states of one application, by described field where the
 * application describes its fields and by byte range (hex) elsewhere.
 */
public final class StateDiff {
    private StateDiff() {}

    /** One differing field or byte range: what it was on one side and on the other. */
    public record Difference(String name, int offset, int length, String left, String right) {
        @Override
        public String toString() {
            return name + " (bytes " + offset + ".." + (offset + length - 1) + "): " + left + " vs " + right;
        }
    }

    /** The differences between {@code left} and {@code right} (same application), in offset order. */
    public static List<Difference> between(AppInfo app, State left, State right) {
        List<Difference> out = new ArrayList<>();
        byte[] a = left.region();
        byte[] b = right.region();
        if (!java.util.Arrays.equals(a, 0, State.HEADER_BYTES, b, 0, State.HEADER_BYTES)) {
            out.add(new Difference("(random seed)", -State.HEADER_BYTES, State.HEADER_BYTES,
                    Long.toHexString(left.getLong(-State.HEADER_BYTES)), Long.toHexString(right.getLong(-State.HEADER_BYTES))));
        }
        int size = left.size();
        int offset = 0;
        while (offset < size) {
            if (a[State.HEADER_BYTES + offset] == b[State.HEADER_BYTES + offset]) {
                offset++;
                continue;
            }
            StateField field = fieldAt(app, offset);
            if (field != null) {
                out.add(new Difference(field.name(), field.offset(), field.length(), field.format(left), field.format(right)));
                offset = field.offset() + field.length();
            } else {
                int end = offset;
                while (end < size && fieldAt(app, end) == null
                        && a[State.HEADER_BYTES + end] != b[State.HEADER_BYTES + end]) {
                    end++;
                }
                HexFormat hex = HexFormat.of();
                out.add(new Difference("bytes", offset, end - offset,
                        hex.formatHex(a, State.HEADER_BYTES + offset, State.HEADER_BYTES + end),
                        hex.formatHex(b, State.HEADER_BYTES + offset, State.HEADER_BYTES + end)));
                offset = end;
            }
        }
        return out;
    }

    /** The state decoded for people: {@code x=12 y=40}, or hex when no field is described. */
    public static String describe(AppInfo app, State state) {
        if (app.fields().isEmpty()) {
            return HexFormat.of().formatHex(state.region(), State.HEADER_BYTES, state.region().length);
        }
        StringBuilder out = new StringBuilder();
        for (StateField f : app.fields()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(f.name()).append('=').append(f.format(state));
        }
        return out.toString();
    }

    private static StateField fieldAt(AppInfo app, int offset) {
        for (StateField f : app.fields()) {
            if (f.covers(offset)) {
                return f;
            }
        }
        return null;
    }
}
