package io.symp.examples.chat;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.ByteArray;
import io.symp.app.Event;
import io.symp.app.LongArray;
import io.symp.app.LongField;
import io.symp.app.State;
import io.symp.app.StateLayout;
import io.symp.app.StateView;
import io.symp.app.SymmetricApp;
import io.symp.app.TextField;

/**
 * A chat room for up to eight members, one per peer, with text arguments: {@code nick name}
 * (1 to 24 bytes of UTF-8) names the emitting peer, {@code say line} (1 to 200 bytes) adds a
 * line to the room, which keeps the last eight. A peer joins on its first event; one that
 * speaks before it names itself is {@code guest-N}. The room holds eight members for good:
 * the events of a ninth are ignored (on every peer alike).
 *
 * <p>Members are found by the origin of their events, and everything, nicknames and lines
 * included, lives in the state ({@link TextField}s declared with a {@link StateLayout}), so
 * every peer shows the same transcript ({@link #transcript}) and a rollback rewrites it.
 */
public final class ChatApp implements SymmetricApp {
    public static final int MEMBERS_MAX = 8;
    public static final int LINES_MAX = 8;
    public static final int NICK_BYTES_MAX = 24;
    public static final int LINE_BYTES_MAX = 200;

    public static final int NICK = 0;
    public static final int SAY = 1;

    private static final StateLayout.Builder LAYOUT = StateLayout.builder();
    static final LongField LINES = LAYOUT.i64("lines");
    static final LongArray MEMBER = LAYOUT.longArray("member", MEMBERS_MAX);
    static final ByteArray JOINED = LAYOUT.byteArray("joined", MEMBERS_MAX);
    static final TextField[] NICKS = texts("nick", MEMBERS_MAX, NICK_BYTES_MAX);
    static final ByteArray SPEAKER = LAYOUT.byteArray("speaker", LINES_MAX);
    static final TextField[] LINE = texts("line", LINES_MAX, LINE_BYTES_MAX);

    private static final AppInfo INFO = AppInfo.builder("chat", 1, LAYOUT.build())
            .event("nick", new Arg("name", ArgKind.TEXT).range(1, NICK_BYTES_MAX))
            .event("say", new Arg("line", ArgKind.TEXT).range(1, LINE_BYTES_MAX))
            .build();

    private static TextField[] texts(String name, int count, int capacityBytes) {
        TextField[] fields = new TextField[count];
        for (int i = 0; i < count; i++) {
            fields[i] = LAYOUT.text(name + "[" + i + "]", capacityBytes);
        }
        return fields;
    }

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {}

    @Override
    public void tick(State s) {}

    @Override
    public void event(State s, Event e) {
        int member = memberOf(s, e.origin());
        if (member < 0) {
            return;
        }
        if (e.type() == NICK) {
            NICKS[member].set(s, e.textArg(0));
            return;
        }
        long n = LINES.add(s, 1) - 1;
        int slot = (int) (n % LINES_MAX);
        SPEAKER.set(s, slot, member);
        LINE[slot].set(s, e.textArg(0));
    }

    /** The member slot of {@code origin}, joining it on its first event; -1 when the room is full. */
    private static int memberOf(State s, long origin) {
        int free = -1;
        for (int m = 0; m < MEMBERS_MAX; m++) {
            if (JOINED.get(s, m) == 1 && MEMBER.get(s, m) == origin) {
                return m;
            }
            if (free < 0 && JOINED.get(s, m) == 0) {
                free = m;
            }
        }
        if (free >= 0) {
            JOINED.set(s, free, 1);
            MEMBER.set(s, free, origin);
            NICKS[free].set(s, "guest-" + free);
        }
        return free;
    }

    /** The room's last lines, oldest first, as {@code nick: line}. */
    public static java.util.List<String> transcript(StateView s) {
        long total = LINES.get(s);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (long n = Math.max(0, total - LINES_MAX); n < total; n++) {
            int slot = (int) (n % LINES_MAX);
            out.add(NICKS[SPEAKER.get(s, slot)].get(s) + ": " + LINE[slot].get(s));
        }
        return out;
    }

    /** How many peers have joined the room. */
    public static int members(StateView s) {
        int n = 0;
        for (int m = 0; m < MEMBERS_MAX; m++) {
            n += JOINED.get(s, m);
        }
        return n;
    }
}
