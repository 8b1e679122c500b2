package io.symp.app.builtin;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;

/**
 * The paper's demo ("move"): a rectangle moving 2 units per tick in its direction. START puts it
 * at (0, 0) heading right, as the reference's test app does; up, down, left and right turn it,
 * space stops it. Every peer must show it at the same place at the same tick.
 */
public final class MoveApp implements SymmetricApp {
    static final int X = 0;
    static final int Y = 4;
    static final int DX = 8;
    static final int DY = 12;
    static final int SPEED = 2;

    private static final AppInfo INFO = AppInfo.builder("move", 1, 16)
            .event("up").event("down").event("left").event("right").event("space")
            .field(StateField.i32("x", X)).field(StateField.i32("y", Y))
            .field(StateField.i32("dx", DX)).field(StateField.i32("dy", DY))
            .build();

    @Override
    public AppInfo info() {
        return INFO;
    }

    @Override
    public void start(State s) {
        s.putInt(X, 0);
        s.putInt(Y, 0);
        s.putInt(DX, 1);
        s.putInt(DY, 0);
    }

    @Override
    public void tick(State s) {
        s.putInt(X, s.getInt(X) + SPEED * s.getInt(DX));
        s.putInt(Y, s.getInt(Y) + SPEED * s.getInt(DY));
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
        s.putInt(DX, dx);
        s.putInt(DY, dy);
    }
}
