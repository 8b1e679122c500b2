package io.symp.peer;

import io.symp.travel.AppFailure;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that owns a peer in real time: it runs {@link Peer#advance()} every tick and
 * runs, in between, whatever transports and tools hand over with {@link #execute}. Nothing
 * else touches the peer, so the simulation never takes a lock.
 *
 * <p>A failure while ticking (the app's {@code tick} threw, an {@link Error}, a broken
 * invariant) stops the thread for good, never retried on a state that may be half-changed:
 * {@link #failure()} says why and {@link #awaitStop} returns. Nothing runs on the peer after.
 */
public final class PeerThread implements java.util.concurrent.Executor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PeerThread.class);

    private final Peer peer;
    private final TickLoop loop;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Throwable failure;
    private volatile Runnable onFailure = () -> {};

    public PeerThread(Peer peer) {
        this.peer = peer;
        this.loop = new TickLoop("peer-" + Long.toHexString(peer.id()), io.symp.clock.SystemClock.INSTANCE);
    }

    /** Starts ticking at the peer's rate. */
    public void start() {
        loop.start(this::advance, peer.config().tickNanos());
    }

    public Peer peer() {
        return peer;
    }

    /** Runs {@code then} once, on the peer's thread, when a failure stops the peer. */
    public void onFailure(Runnable then) {
        this.onFailure = then;
    }

    /** What stopped the peer, or null while it runs (or after an ordinary close). */
    public Throwable failure() {
        return failure;
    }

    /** One line saying why the peer stopped, or null while it runs. */
    public String failureReason() {
        Throwable f = failure;
        return f == null ? null : f instanceof AppFailure ? f.getMessage() : f.toString();
    }

    /** Waits until the peer stops (a failure or {@link #close}); true if it did in time. */
    public boolean awaitStop(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    @Override
    public void execute(Runnable task) {
        // Once stopped, nothing runs on the peer any more: the task is dropped.
        loop.offer(() -> {
            try {
                task.run();
            } catch (AppFailure | Error e) {
                fail(e);
            } catch (RuntimeException e) {
                log.error("peer task failed: {}", e.toString());
            }
        });
    }

    /**
     * Runs {@code task} on the peer's thread and waits for its result.
     *
     * @throws PeerStoppedException when the peer has stopped (its reason as the message)
     */
    public <T> T call(java.util.concurrent.Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(() -> {
            try {
                return task.call();
            } catch (AppFailure | Error e) {
                fail(e);
                throw e;
            }
        });
        try {
            if (!loop.offer(future)) {
                future.cancel(false);
            }
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (failure != null) {
                throw new PeerStoppedException(failureReason());
            }
            throw e;
        } catch (java.util.concurrent.CancellationException e) {
            throw new PeerStoppedException(failureReason() != null ? failureReason() : "the peer was closed");
        }
    }

    private void advance() {
        try {
            peer.advance();
        } catch (Throwable e) {
            fail(e);
        }
    }

    /** Stops the peer for good, on its own thread, saying why once. */
    private void fail(Throwable e) {
        if (failure != null) {
            return;
        }
        failure = e;
        if (e instanceof AppFailure) {
            // The app's own failure: the owner (the CLI, a test) reports it in one line.
            log.debug("peer stopped: {}", e.getMessage());
        } else {
            log.error("peer stopped at tick {}: {}", peer.tick(), e.toString(), e);
        }
        for (Runnable queued : loop.shutdownNow()) {
            if (queued instanceof java.util.concurrent.Future<?> f) {
                f.cancel(false);
            }
        }
        try {
            onFailure.run();
        } finally {
            stopped.countDown();
        }
    }

    @Override
    public void close() throws InterruptedException {
        loop.shutdown();
        loop.awaitTermination(5, TimeUnit.SECONDS);
        stopped.countDown();
    }
}
