package io.symp.app.builtin;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.IntField;
import io.symp.app.State;
import io.symp.app.StateLayout;
import io.symp.app.SymmetricApp;

/**
 * The paper's demo ("move"): a rectangle moving 2 units per tick in its direction. START puts it
 * at (0, 0) heading right, as the reference's test app does; up, down, left and right turn it,
 * space stops it. Every peer must show it at the same place at the same tick. Its state is
 * declared once with a {@link StateLayout}: the same 16 bytes as before the layout existed.
 */
public final class MoveApp implements SymmetricApp {
    private static final StateLayout.Builder LAYOUT = StateLayout.builder();
    static final IntField X = LAYOUT.i32("x");
    static final IntField Y = LAYOUT.i32("y");
    static final IntField DX = LAYOUT.i32("dx");
    static final IntField DY = LAYOUT.i32("dy");
    static final int SPEED = 2;

    private static final AppInfo INFO = AppInfo.builder("move", 1, LAYOUT.build())
            .event("up").event("down").event("left").event("right").event("space")
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {
        X.set(s, 0);
        Y.set(s, 0);
        DX.set(s, 1);
        DY.set(s, 0);
    }

    @Override
    public void tick(State s) {
        X.add(s, SPEED * DX.get(s));
        Y.add(s, SPEED * DY.get(s));
    }

    @Override
    public void event(State s, Event e) {
        switch (e.type()) {
            case 0 -> turn(s, 0, -1);
            case 1 -> turn(s, 0, 1);
            case 2 -> turn(s, -1, 0);
            case 3 -> turn(s, 1, 0);
            default -> turn(s, 0, 0);
        }
    }

    private static void turn(State s, int dx, int dy) {
        DX.set(s, dx);
        DY.set(s, dy);
    }
}
