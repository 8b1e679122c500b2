package io.symp.examples.tag;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.ByteArray;
import io.symp.app.Event;
import io.symp.app.IntArray;
import io.symp.app.IntField;
import io.symp.app.LongArray;
import io.symp.app.LongField;
import io.symp.app.State;
import io.symp.app.StateLayout;
import io.symp.app.SymmetricApp;

/**
 * Tag on a 16 × 16 grid for up to 8 players, one per peer. {@code join} puts the emitting peer
 * on a random free cell (the first player is "it"), {@code move dx dy} steps it one cell
 * (dx, dy in -1..1, clamped to the grid), {@code leave} takes it off. When "it" stands on a
 * cell with another player, that player becomes "it" and the tagger scores, unless the last
 * tag is less than a second old (no tag-backs).
 *
 * <p>Everything lives in the state, declared once with a {@link StateLayout}; randomness comes
 * from the state's generator; players are found by the origin of their events. So every peer
 * computes the same game, and {@code symp sim --sync-test} finds nothing to report.
 */
public final class TagApp implements SymmetricApp {
    public static final int GRID = 16;
    public static final int PLAYERS_MAX = 8;
    /** One second at 50 ticks per second. */
    static final int TAG_COOLDOWN_TICKS = 50;

    private static final StateLayout.Builder LAYOUT = StateLayout.builder();
    static final LongField TICKS = LAYOUT.i64("ticks");
    static final IntField IT = LAYOUT.i32("it");
    static final LongField LAST_TAG_TICK = LAYOUT.i64("last-tag-tick");
    static final ByteArray JOINED = LAYOUT.byteArray("joined", PLAYERS_MAX);
    static final LongArray ORIGIN = LAYOUT.longArray("origin", PLAYERS_MAX);
    static final IntArray X = LAYOUT.intArray("x", PLAYERS_MAX);
    static final IntArray Y = LAYOUT.intArray("y", PLAYERS_MAX);
    static final IntArray SCORE = LAYOUT.intArray("score", PLAYERS_MAX);

    public static final int JOIN = 0;
    public static final int MOVE = 1;
    public static final int LEAVE = 2;

    private static final AppInfo INFO = AppInfo.builder("tag", 1, LAYOUT.build())
            .event("join")
            .event("move", new Arg("dx", ArgKind.INT).range(-1, 1), new Arg("dy", ArgKind.INT).range(-1, 1))
            .event("leave")
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {
        s.seedRandom(0x7A6);
        IT.set(s, -1);
        LAST_TAG_TICK.set(s, -TAG_COOLDOWN_TICKS);
    }

    @Override
    public void event(State s, Event e) {
        int slot = slotOf(s, e.origin());
        switch (e.type()) {
            case JOIN -> join(s, slot, e.origin());
            case MOVE -> {
                if (slot >= 0) {
                    X.set(s, slot, clamp(X.get(s, slot) + e.intArg(0)));
                    Y.set(s, slot, clamp(Y.get(s, slot) + e.intArg(1)));
                }
            }
            default -> leave(s, slot);
        }
    }

    @Override
    public void tick(State s) {
        long tick = TICKS.add(s, 1);
        int it = IT.get(s);
        if (it < 0 || tick - LAST_TAG_TICK.get(s) < TAG_COOLDOWN_TICKS) {
            return;
        }
        for (int p = 0; p < PLAYERS_MAX; p++) {
            if (p != it && JOINED.get(s, p) == 1 && X.get(s, p) == X.get(s, it) && Y.get(s, p) == Y.get(s, it)) {
                SCORE.set(s, it, SCORE.get(s, it) + 1);
                IT.set(s, p);
                LAST_TAG_TICK.set(s, tick);
                return;
            }
        }
    }

    private static void join(State s, int slot, long origin) {
        if (slot >= 0) {
            return;
        }
        for (int p = 0; p < PLAYERS_MAX; p++) {
            if (JOINED.get(s, p) == 0) {
                JOINED.set(s, p, 1);
                ORIGIN.set(s, p, origin);
                X.set(s, p, s.nextInt(GRID));
                Y.set(s, p, s.nextInt(GRID));
                SCORE.set(s, p, 0);
                if (IT.get(s) < 0) {
                    IT.set(s, p);
                }
                return;
            }
        }
    }

    private static void leave(State s, int slot) {
        if (slot < 0) {
            return;
        }
        JOINED.set(s, slot, 0);
        ORIGIN.set(s, slot, 0);
        if (IT.get(s) == slot) {
            IT.set(s, firstJoined(s));
        }
    }

    /** The slot of the player whose peer emits as {@code origin}, or -1. */
    public static int slotOf(io.symp.app.StateView s, long origin) {
        for (int p = 0; p < PLAYERS_MAX; p++) {
            if (JOINED.get(s, p) == 1 && ORIGIN.get(s, p) == origin) {
                return p;
            }
        }
        return -1;
    }

    private static int firstJoined(State s) {
        for (int p = 0; p < PLAYERS_MAX; p++) {
            if (JOINED.get(s, p) == 1) {
                return p;
            }
        }
        return -1;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(GRID - 1, v));
    }
}
