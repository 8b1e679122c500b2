package io.symp.sim;

import java.util.Arrays;

/**
 * The simulation's event loop: tasks run in order of (time, order of scheduling), so a run is a
 * pure function of its seed. Time jumps from one task to the next.
 *
 * <p>The queue is a binary heap over parallel arrays (time, order, action): every message and
 * every tick of every peer passes through it, and comparing two tasks reads two arrays instead
 * of two objects, which at 10,000 peers (a few hundred thousand tasks pending) is most of its
 * cost (docs/PERFORMANCE.md, "Simulator scale").
 */
public final class Scheduler {
    private final SimClock clock = new SimClock();
    private long[] atNanos = new long[1024];
    private long[] orders = new long[1024];
    private Runnable[] actions = new Runnable[1024];
    private int size;
    private long scheduled;
    private long ran;

    public SimClock clock() {
        return clock;
    }

    public long now() {
        return clock.nanos();
    }

    /** Runs {@code action} at {@code atNanos} (now, if that is in the past). */
    public void at(long atNanos, Runnable action) {
        if (size == actions.length) {
            grow();
        }
        siftUp(size++, Math.max(atNanos, clock.nanos()), scheduled++, action);
    }

    public void after(long delayNanos, Runnable action) {
        at(clock.nanos() + delayNanos, action);
    }

    /** Runs every task due up to {@code untilNanos}, then sets the clock to it. */
    public void runUntil(long untilNanos) {
        while (size > 0 && atNanos[0] <= untilNanos) {
            long at = atNanos[0];
            Runnable action = actions[0];
            size--;
            if (size > 0) {
                siftDown(atNanos[size], orders[size], actions[size]);
            }
            actions[size] = null;
            clock.set(at);
            action.run();
            ran++;
        }
        clock.set(Math.max(clock.nanos(), untilNanos));
    }

    /** Tasks run so far. */
    public long tasksRun() {
        return ran;
    }

    private static boolean before(long at, long order, long otherAt, long otherOrder) {
        return at < otherAt || (at == otherAt && order < otherOrder);
    }

    private void siftUp(int hole, long at, long order, Runnable action) {
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (!before(at, order, atNanos[parent], orders[parent])) {
                break;
            }
            put(hole, atNanos[parent], orders[parent], actions[parent]);
            hole = parent;
        }
        put(hole, at, order, action);
    }

    /** Fills the root's hole with the task (at, order, action) taken from the end. */
    private void siftDown(long at, long order, Runnable action) {
        int hole = 0;
        int half = size >>> 1;
        while (hole < half) {
            int child = 2 * hole + 1;
            int right = child + 1;
            if (right < size && before(atNanos[right], orders[right], atNanos[child], orders[child])) {
                child = right;
            }
            if (!before(atNanos[child], orders[child], at, order)) {
                break;
            }
            put(hole, atNanos[child], orders[child], actions[child]);
            hole = child;
        }
        put(hole, at, order, action);
    }

    private void put(int i, long at, long order, Runnable action) {
        atNanos[i] = at;
        orders[i] = order;
        actions[i] = action;
    }

    private void grow() {
        int n = actions.length * 2;
        atNanos = Arrays.copyOf(atNanos, n);
        orders = Arrays.copyOf(orders, n);
        actions = Arrays.copyOf(actions, n);
    }
}
