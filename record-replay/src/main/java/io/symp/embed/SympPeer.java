package io.symp.embed;

import io.symp.app.AppInfo;
import io.symp.app.EventArgs;
import io.symp.app.EventType;
import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.net.NetworkPeer;
import io.symp.peer.Peer;
import io.symp.record.Recorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One symp peer running inside a Java program: the entry point for embedding. Configure it
 * with {@link #builder(SymmetricApp)}, {@link SympPeerBuilder#start() start} it, {@link #emit} events
 * from any thread, read the {@link #latest()} and {@link #settled()} states, listen to links,
 * rollbacks and divergences, and {@link #close()} it. It runs the same peer as
 * {@code symp peer}: its own thread ticking at the configured rate, the wall clock, TCP.
 *
 * <pre>{@code
 * try (SympPeer peer = SympPeer.builder(new ArenaApp()).session("arena").listen("127.0.0.1", 0)
 *         .join("127.0.0.1", 7001).record(Path.of("me.symplog")).start()) {
 *     peer.emit("move", 1, 0);
 *     TickState now = peer.latest();
 * }
 * }</pre>
 *
 * <p>Every method is safe from any thread. Nothing of the peer's internals is reachable from
 * here: states are copies, listeners get ids and ticks.
 */
public final class SympPeer implements AutoCloseable {
    private final NetworkPeer network;
    private final Peer peer;
    private final AppInfo info;
    private final Recorder recorder;
    private final int port;
    private final Map<SympListener, ListenerBridge> listeners = new ConcurrentHashMap<>();
    private volatile boolean closed;

    SympPeer(NetworkPeer network, Recorder recorder, int port) {
        this.network = network;
        this.peer = network.peer();
        this.info = peer.appInfo();
        this.recorder = recorder;
        this.port = port;
    }

    /** A builder for a peer running {@code app} (a fresh instance: the peer owns it). */
    public static SympPeerBuilder builder(SymmetricApp app) {
        return new SympPeerBuilder(app);
    }

    /** This peer's 64-bit id. */
    public long id() {
        return network.id();
    }

    /**
     * The origin this run's events carry ({@link io.symp.app.Event#origin()}): fresh for every
     * run of a peer, so an app that keeps per-player state finds its own player by it.
     */
    public long origin() {
        return peer.config().origin();
    }

    /** The TCP port it listens on (the one chosen when port 0 was asked for). */
    public int port() {
        return port;
    }

    /** What the application declared (name, version, events, fields). */
    public AppInfo appInfo() {
        return info;
    }

    /**
     * Emits an event by name: stamped at now + Δ (held until the clock is synced with the
     * network), applied here and flooded to every peer. Arguments are checked here, in the
     * caller's thread.
     *
     * @throws IllegalArgumentException for an unknown event or arguments that do not fit it
     * @throws IllegalStateException    after {@link #close()}
     */
    public void emit(String eventName, long... args) {
        EventType type = info.eventType(eventName).orElseThrow(() -> new IllegalArgumentException(
                "app " + info.name() + " has no event '" + eventName + "'"));
        emit(type.code(), args);
    }

    /** Emits an event by its type code (its index in {@link AppInfo#eventTypes()}). */
    public void emit(int type, long... args) {
        emit(type, EventArgs.of(args));
    }

    /**
     * Emits an event by name with any arguments: numbers, texts, byte strings, e.g.
     * {@code emit("say", EventArgs.builder().text("hello").build())}.
     *
     * @throws IllegalArgumentException for an unknown event or arguments that do not fit it
     * @throws IllegalStateException    after {@link #close()}
     */
    public void emit(String eventName, EventArgs args) {
        EventType type = info.eventType(eventName).orElseThrow(() -> new IllegalArgumentException(
                "app " + info.name() + " has no event '" + eventName + "'"));
        emit(type.code(), args);
    }

    /** Emits an event by its type code with any arguments (see {@link #emit(String, EventArgs)}). */
    public void emit(int type, EventArgs args) {
        EventType t = info.eventType(type);
        String problem = t.problem(args);
        if (problem != null) {
            throw new IllegalArgumentException(problem + " (usage: " + t.usage() + ")");
        }
        openOrThrow();
        network.execute(() -> peer.emit(type, args));
    }

    /** The tick the peer is at. */
    public long tick() {
        return call(peer::tick);
    }

    /** A copy of the live state: what to show now (a late event may still change its tick). */
    public TickState latest() {
        return call(() -> {
            State copy = peer.stateAt(peer.tick());
            return new TickState(peer.tick(), copy.view(), peer.tick() <= peer.settledTick());
        });
    }

    /**
     * A copy of the state at the newest settled tick: no event this peer would still take can
     * change it (it refuses events older than its snapshot history reaches; see
     * {@link io.symp.app.Observation}).
     */
    public TickState settled() {
        return call(() -> {
            long tick = peer.settledTick();
            return new TickState(tick, peer.stateAt(tick).view(), true);
        });
    }

    /**
     * A copy of the state at a past (or the current) tick, recomputed from the peer's snapshots
     * with every event it holds; null when the tick is ahead or older than the snapshots reach.
     */
    public TickState stateAt(long tick) {
        return call(() -> {
            State copy = tick >= 0 && tick <= peer.tick() ? peer.stateAt(tick) : null;
            return copy == null ? null : new TickState(tick, copy.view(), tick <= peer.settledTick());
        });
    }

    /** Neighbours linked now. */
    public int linkCount() {
        return call(() -> peer.links().size());
    }

    /** Settled ticks at which a neighbour held the same events and another state, so far. */
    public long divergences() {
        return call(peer::divergences);
    }

    /**
     * What sync-test found (started with {@link SympPeerBuilder#syncTest}): the first tick where
     * re-simulating the app gave another state, and the fields that differ; null when nothing
     * was found or sync-test is off.
     */
    public String syncTestFinding() {
        return call(() -> peer.nonDeterminism() == null ? null : peer.nonDeterminism().describe());
    }

    /** Starts telling {@code listener} (on the peer's thread; it must not block). */
    public void addListener(SympListener listener) {
        ListenerBridge bridge = new ListenerBridge(listener);
        if (listeners.putIfAbsent(listener, bridge) == null) {
            network.execute(() -> peer.addListener(bridge));
        }
    }

    /** Stops telling {@code listener}. */
    public void removeListener(SympListener listener) {
        ListenerBridge bridge = listeners.remove(listener);
        if (bridge != null) {
            network.execute(() -> peer.removeListener(bridge));
        }
    }

    /**
     * Stops the peer, closes its links and writes the recording's last block. Closing again
     * does nothing.
     *
     * @throws UncheckedIOException when the recording cannot be completed
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (recorder != null) {
                // On the peer's thread, which owns the recorder, before that thread stops.
                network.call(() -> {
                    recorder.detach(peer);
                    return null;
                });
            }
        } catch (IllegalStateException e) {
            IOException io = ioCause(e);
            throw new UncheckedIOException("cannot finish the recording", io != null ? io : new IOException(e));
        } finally {
            network.close();
        }
    }

    /** The I/O error behind a failed peer task, or null. */
    static IOException ioCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private <T> T call(java.util.concurrent.Callable<T> task) {
        openOrThrow();
        return network.call(task);
    }

    private void openOrThrow() {
        if (closed) {
            throw new IllegalStateException("peer " + Long.toUnsignedString(id()) + " is closed");
        }
    }
}
