package io.symp.peer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that owns a peer in real time: it runs {@link Peer#advance()} every tick and
 * runs, in between, whatever transports and tools hand over with {@link #execute}. Nothing
 * else touches the peer, so the simulation never takes a lock.
 */
public final class PeerThread implements java.util.concurrent.Executor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PeerThread.class);

    private final Peer peer;
    private final ScheduledExecutorService executor;

    public PeerThread(Peer peer) {
        this.peer = peer;
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "peer-" + Long.toHexString(peer.id()));
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newSingleThreadScheduledExecutor(named);
    }

    /** Starts ticking at the peer's rate. */
    public void start() {
        long period = peer.config().tickNanos();
        executor.scheduleAtFixedRate(this::advance, 0, period, TimeUnit.NANOSECONDS);
    }

    public Peer peer() {
        return peer;
    }

    @Override
    public void execute(Runnable task) {
        if (!executor.isShutdown()) {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("peer task failed", e);
                }
            });
        }
    }

    /** Runs {@code task} on the peer's thread and waits for its result. */
    public <T> T call(java.util.concurrent.Callable<T> task) throws Exception {
        return executor.submit(task).get();
    }

    private void advance() {
        try {
            peer.advance();
        } catch (RuntimeException e) {
            // A broken invariant must not stop the ticking silently: log it and carry on.
            log.error("tick failed at {}", peer.tick(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
