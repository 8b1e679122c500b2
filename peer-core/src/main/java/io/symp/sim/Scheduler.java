package io.symp.sim;

import java.util.PriorityQueue;

/**
 * The simulation's event loop: tasks run in order of (time, order of scheduling), so a run is a
 * pure function of its seed. Time jumps from one task to the next.
 */
public final class Scheduler {
    private record Task(long atNanos, long order, Runnable action) implements Comparable<Task> {
        @Override
        public int compareTo(Task o) {
            int c = Long.compare(atNanos, o.atNanos);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    private final SimClock clock = new SimClock();
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
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
        queue.add(new Task(Math.max(atNanos, clock.nanos()), scheduled++, action));
    }

    public void after(long delayNanos, Runnable action) {
        at(clock.nanos() + delayNanos, action);
    }

    /** Runs every task due up to {@code untilNanos}, then sets the clock to it. */
    public void runUntil(long untilNanos) {
        while (!queue.isEmpty() && queue.peek().atNanos() <= untilNanos) {
            Task t = queue.poll();
            clock.set(t.atNanos());
            t.action().run();
            ran++;
        }
        clock.set(Math.max(clock.nanos(), untilNanos));
    }

    /** Tasks run so far. */
    public long tasksRun() {
        return ran;
    }
}
