package io.symp.net;

import io.symp.app.SymmetricApp;
import io.symp.clock.SystemClock;
import io.symp.peer.OriginKey;
import io.symp.peer.Peer;
import io.symp.peer.PeerConfig;
import io.symp.peer.PeerStoppedException;
import io.symp.peer.PeerThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A peer running for real: its own thread, the wall clock, and a TCP transport. What
 * {@code symp peer}, {@code symp demo}, the REPL and the network tests run.
 *
 * <p>Each one is a run of its peer, so its events carry a fresh random origin (its key's, drawn
 * at random, which signs every event), whatever the config said: a process killed and started again with the same id never stamps an (origin,
 * seq) its last run used. When the peer stops on a failure, its links are closed at once, so
 * neighbours never talk to a peer that no longer ticks.
 */
public final class NetworkPeer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NetworkPeer.class);

    private final Peer peer;
    private final PeerThread thread;
    private final NettyTransport transport;
    private final String session;
    private static final java.security.SecureRandom SECURE = new java.security.SecureRandom();

    private ScheduledExecutorService emitter;
    private boolean emitRefusedLogged;

    public NetworkPeer(PeerConfig config, SymmetricApp app, TransportConfig transportConfig) {
        PeerIdentity identity = transportConfig.identity() != null ? transportConfig.identity() : PeerIdentity.generate();
        OriginKey key = freshOriginKey();
        // The run's origin names the identity that runs it, which TLS proves on every link.
        key.bind(identity.publicKeyBytes(), identity.sign(OriginKey.peerBindingBytes(key.publicKey())));
        this.peer = new Peer(config, app, SystemClock.INSTANCE, key);
        this.thread = new PeerThread(peer);
        this.transport = new NettyTransport(peer, thread, transportConfig.withIdentity(identity));
        peer.dialsLinked(transport::everyDialLinked);
        this.session = transportConfig.session();
        thread.onFailure(() -> {
            Thread closer = new Thread(this::close, "symp-stop-" + Long.toHexString(peer.id()));
            closer.setDaemon(true);
            closer.start();
        });
    }

    /**
     * A new origin key for one run, drawn from SecureRandom: its origin (derived from the public
     * key, 63 bits, never 0) is fresh every run, and only this process can sign under it.
     */
    static OriginKey freshOriginKey() {
        byte[] seed = new byte[32];
        SECURE.nextBytes(seed);
        return OriginKey.fromSeed(seed);
    }

    /** Listens on {@code host:port} (0: any free port) and starts ticking; returns the port. */
    public int start(String host, int port) {
        int bound = transport.listen(host, port);
        thread.start();
        return bound;
    }

    public void join(String host, int port) {
        transport.join(host, port);
    }

    /**
     * Emits random valid events of the app, {@code perMinute} on average (exponential gaps),
     * drawn from {@code seed} and this peer's id: peers given the same seed emit different
     * streams (see {@link EmitStream}).
     */
    public void emitRandomly(double perMinute, long seed) {
        if (perMinute <= 0) {
            return;
        }
        EmitStream stream = new EmitStream(seed, peer.id(), peer.appInfo(), perMinute);
        emitter = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "emitter-" + Long.toHexString(peer.id()));
            t.setDaemon(true);
            return t;
        });
        scheduleEmit(stream);
    }

    private void scheduleEmit(EmitStream stream) {
        EmitStream.Draw draw = stream.next();
        emitter.schedule(() -> {
            thread.execute(() -> {
                if (!peer.offer(draw.type(), draw.args()) && !emitRefusedLogged) {
                    emitRefusedLogged = true;
                    log.warn("--emit-rate is over what the peer may stamp ({} events per second): the rest are refused",
                            io.symp.peer.Limits.ORIGIN_EVENTS_PER_SECOND_MAX);
                }
            });
            scheduleEmit(stream);
        }, draw.gapNanos(), TimeUnit.NANOSECONDS);
    }

    /** Runs {@code task} on the peer's thread and returns its result. */
    public <T> T call(Callable<T> task) {
        try {
            return thread.call(task);
        } catch (PeerStoppedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("peer task failed", e);
        }
    }

    /** What stopped the peer on a failure, or null while it runs. */
    public Throwable failure() {
        return thread.failure();
    }

    /** One line saying why the peer stopped on a failure, or null while it runs. */
    public String failureReason() {
        return thread.failureReason();
    }

    /** Waits until the peer stops (a failure or {@link #close}); true if it did in time. */
    public boolean awaitStop(long timeout, TimeUnit unit) throws InterruptedException {
        return thread.awaitStop(timeout, unit);
    }

    /** Hands {@code task} to the peer's thread. */
    public void execute(Runnable task) {
        thread.execute(task);
    }

    /** The links refused at the handshake (by either side), and why the latest was. */
    public LinkAttempts linkAttempts() {
        return transport.attempts();
    }

    public long id() {
        return peer.id();
    }

    /** The session name it joins neighbours in. */
    public String session() {
        return session;
    }

    /** Bytes sent and received on the wire so far; any thread may ask. */
    public Traffic traffic() {
        return transport.traffic();
    }

    /** Accepted connections still in their handshake (bounded, docs/SECURITY.md); any thread may ask. */
    public int pendingHandshakes() {
        return transport.pendingHandshakes();
    }

    /** The peer itself: touch it only through {@link #call} or {@link #execute}. */
    public Peer peer() {
        return peer;
    }

    /** Stops {@link #emitRandomly}; the peer keeps running. */
    public void closeEmitter() {
        if (emitter != null) {
            emitter.shutdownNow();
        }
    }

    /** Stops the peer; closing again does nothing. */
    @Override
    public void close() {
        closeEmitter();
        // The peer's thread first: once the transport's event loop is gone, a send would fail.
        try {
            thread.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transport.close();
    }
}
