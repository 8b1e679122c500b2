package io.symp.peer;

import io.symp.clock.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that runs a tick at a fixed rate and, between ticks, the tasks handed to it, in
 * the order they came. What {@link PeerThread} runs on.
 *
 * <p>As {@code scheduleAtFixedRate}: the n-th tick is due {@code n} periods after
 * {@link #start}, and ticks missed (a long tick, a pause) run back to back. Each turn runs the
 * tasks queued when it began, then the tick if it is due, so a flood of tasks delays ticks
 * by at most one batch and a late peer still runs its tasks between ticks. Between turns the
 * thread sleeps until the next tick or a new task, whichever comes first: one wakeup per tick
 * when nothing arrives.
 *
 * <p>Why not a {@code ScheduledThreadPoolExecutor}: on an idle peer (50 ticks a second) its
 * queue's lock and condition, its heap of timed tasks and its worker's loop (run once, so left
 * to the interpreter for minutes) took more of the thread than the ticks themselves
 * (docs/PERFORMANCE.md, "An idle peer").
 */
final class TickLoop {
    private static final Logger log = LoggerFactory.getLogger(TickLoop.class);

    private final Thread thread;
    private final Clock clock;
    private final Object lock = new Object();
    /** Tasks handed over since the turn began (under {@link #lock}). */
    private ArrayDeque<Runnable> incoming = new ArrayDeque<>();
    /** The tasks of this turn (the loop's thread alone). */
    private ArrayDeque<Runnable> draining = new ArrayDeque<>();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private boolean started;
    private volatile boolean shutdown;
    private volatile boolean stopNow;
    private volatile Runnable tick;
    private volatile long periodNanos;
    private boolean ticking;
    private long nextTickNanos;

    /**
     * A loop on a daemon thread named {@code name}, ticking by {@code clock} (the wall clock: it
     * sleeps in real time); its thread starts with the first task or tick.
     */
    TickLoop(String name, Clock clock) {
        this.clock = clock;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    /** Runs {@code tick} every {@code periodNanos}, the first at once. */
    void start(Runnable tick, long periodNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period " + periodNanos);
        }
        this.periodNanos = periodNanos;
        this.tick = tick;
        startThread();
        LockSupport.unpark(thread);
    }

    /** Queues {@code task}; false (and it never runs) once the loop is shut down. */
    boolean offer(Runnable task) {
        synchronized (lock) {
            if (shutdown) {
                return false;
            }
            incoming.add(task);
        }
        startThread();
        LockSupport.unpark(thread);
        return true;
    }

    boolean isShutdown() {
        return shutdown;
    }

    /** No more ticks and no new tasks; the tasks already queued still run, then the thread ends. */
    void shutdown() {
        synchronized (lock) {
            shutdown = true;
            if (!started) {
                terminated.countDown();
            }
        }
        LockSupport.unpark(thread);
    }

    /**
     * On the loop's own thread (a failing task or tick): no more ticks or tasks; returns the
     * tasks that will not run.
     */
    List<Runnable> shutdownNow() {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("shutdownNow is for the loop's own thread");
        }
        List<Runnable> left = new ArrayList<>(draining);
        draining.clear();
        synchronized (lock) {
            shutdown = true;
            stopNow = true;
            left.addAll(incoming);
            incoming.clear();
        }
        return left;
    }

    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return terminated.await(timeout, unit);
    }

    private void startThread() {
        synchronized (lock) {
            if (!started && !shutdown) {
                started = true;
                thread.start();
            }
        }
    }

    private void run() {
        try {
            while (turn()) {
                // Each turn is its own method: compiled after a few hundred, where a loop run
                // once would stay interpreted.
            }
        } finally {
            terminated.countDown();
        }
    }

    /** One turn: this turn's tasks, the tick if due, then sleep until there is work; false at the end. */
    private boolean turn() {
        synchronized (lock) {
            ArrayDeque<Runnable> swap = draining;
            draining = incoming;
            incoming = swap;
            if (shutdown && draining.isEmpty()) {
                return false;
            }
        }
        for (Runnable task = draining.poll(); task != null && !stopNow; task = draining.poll()) {
            runSafely(task);
        }
        if (stopNow) {
            return false;
        }
        Runnable t = tick;
        if (shutdown) {
            return true;
        }
        if (t == null) {
            parkUnlessQueued(0);
            return true;
        }
        long now = clock.nanos();
        if (!ticking) {
            ticking = true;
            nextTickNanos = now;
        }
        if (now - nextTickNanos >= 0) {
            nextTickNanos += periodNanos;
            runSafely(t);
            return !stopNow;
        }
        parkUnlessQueued(nextTickNanos - now);
        return true;
    }

    /** Sleeps {@code nanos} (0: until woken), unless a task came meanwhile. */
    private void parkUnlessQueued(long nanos) {
        synchronized (lock) {
            if (!incoming.isEmpty() || shutdown) {
                return;
            }
        }
        if (nanos > 0) {
            LockSupport.parkNanos(this, nanos);
        } else {
            LockSupport.park(this);
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            // The peer's tasks catch their own; one that does not must not end the loop.
            log.error("peer task failed: {}", e.toString(), e);
        }
    }
}
