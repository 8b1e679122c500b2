package io.symp.embed;

import io.symp.app.AppIdentity;
import io.symp.app.SymmetricApp;
import io.symp.net.NetworkPeer;
import io.symp.net.TransportConfig;
import io.symp.peer.Limits;
import io.symp.peer.PeerConfig;
import io.symp.record.LogHeader;
import io.symp.record.Recorder;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an embedded peer runs, with the same defaults as {@code symp peer}: 50 ticks per second,
 * Δ = 500 ms, an open session named "symp", a random id, listening on loopback on a free port.
 * Made by {@link SympPeer#builder}; {@link #start()} runs it.
 */
public final class SympPeerBuilder {
    private record HostPort(String host, int port) {}

    private final SymmetricApp app;
    private long id = new SecureRandom().nextLong() & Long.MAX_VALUE;
    private String session = "symp";
    private byte[] secret;
    private int fps = 50;
    private Duration delta = Duration.ofMillis(500);
    private int syncTestDepth;
    private long seed = 1;
    private HostPort listen = new HostPort("127.0.0.1", 0);
    private final List<HostPort> joins = new ArrayList<>();
    private Path recording;

    SympPeerBuilder(SymmetricApp app) {
        this.app = Objects.requireNonNull(app, "app");
        AppIdentity.of(app);
    }

    /** This peer's 64-bit id (default: random); peers of a session must have distinct ids. */
    public SympPeerBuilder id(long peerId) {
        this.id = peerId;
        return this;
    }

    /** The session name every peer must share (default "symp"). */
    public SympPeerBuilder session(String name) {
        this.session = Objects.requireNonNull(name, "session");
        return this;
    }

    /** A shared secret: only peers holding it link, over mutually authenticated TLS. */
    public SympPeerBuilder secret(byte[] sharedSecret) {
        if (sharedSecret.length == 0) {
            throw new IllegalArgumentException("the secret must not be empty");
        }
        this.secret = sharedSecret.clone();
        return this;
    }

    /** Ticks per second, identical on every peer (default 50). */
    public SympPeerBuilder fps(int ticksPerSecond) {
        if (ticksPerSecond < 1 || ticksPerSecond > Limits.FPS_MAX) {
            throw new IllegalArgumentException("fps must be 1.." + Limits.FPS_MAX + ", got " + ticksPerSecond);
        }
        this.fps = ticksPerSecond;
        return this;
    }

    /** Δ: how far ahead own events are stamped (default 500 ms); at least one tick. */
    public SympPeerBuilder delta(Duration ahead) {
        if (ahead.isNegative() || ahead.isZero()) {
            throw new IllegalArgumentException("delta must be positive, got " + ahead);
        }
        this.delta = ahead;
        return this;
    }

    /** Checks the app's determinism every tick, re-simulating up to {@code depth} ticks (0: off). */
    public SympPeerBuilder syncTest(int depth, long choicesSeed) {
        if (depth < 0 || depth > Limits.SYNC_TEST_DEPTH_MAX) {
            throw new IllegalArgumentException("sync-test depth must be 0.." + Limits.SYNC_TEST_DEPTH_MAX);
        }
        this.syncTestDepth = depth;
        this.seed = choicesSeed;
        return this;
    }

    /** Where to listen (default 127.0.0.1, port 0: any free port; see {@link SympPeer#port()}). */
    public SympPeerBuilder listen(String host, int port) {
        this.listen = new HostPort(host, checkPort(port));
        return this;
    }

    /**
     * A peer to dial (repeatable). A peer that joins waits for the network's time before it
     * stamps its own events; one that joins nobody founds that time itself.
     */
    public SympPeerBuilder join(String host, int port) {
        joins.add(new HostPort(host, checkPort(port)));
        return this;
    }

    /** Records the peer's run to {@code file} (a new file), for {@code symp replay} and bisect. */
    public SympPeerBuilder record(Path file) {
        this.recording = Objects.requireNonNull(file, "file");
        return this;
    }

    /**
     * Starts the peer: it listens, ticks and dials every {@link #join} target.
     *
     * @throws FileAlreadyExistsException when the recording file exists (it is never replaced)
     * @throws IOException                when the recording cannot be created
     * @throws IllegalStateException      when the address cannot be bound
     */
    public SympPeer start() throws IOException {
        long tickNanos = 1_000_000_000L / fps;
        int deltaTicks = (int) Math.max(1, Math.round((double) delta.toNanos() / tickNanos));
        PeerConfig config = PeerConfig.defaults(id).withFps(fps).withDeltaTicks(deltaTicks)
                .withSyncWaitTicks(joins.isEmpty() ? 0 : Integer.MAX_VALUE)
                .withSyncTest(syncTestDepth, seed);
        TransportConfig transport = new TransportConfig(session, secret, 0, 0, seed);
        NetworkPeer network = new NetworkPeer(config, app, transport);
        Recorder recorder = null;
        if (recording != null) {
            if (Files.exists(recording)) {
                throw new FileAlreadyExistsException(recording.toString(), null, "a recording is never replaced");
            }
            recorder = openOnPeerThread(network, LogHeader.of(network.peer(), session, System.currentTimeMillis()));
        }
        int port;
        try {
            port = network.start(listen.host(), listen.port());
        } catch (RuntimeException e) {
            network.close();
            closeQuietly(recorder);
            throw e;
        }
        joins.forEach(j -> network.join(j.host(), j.port()));
        return new SympPeer(network, recorder, port);
    }

    /** The recorder is only ever touched on the peer's thread (its buffers are single-threaded). */
    private Recorder openOnPeerThread(NetworkPeer network, LogHeader header) throws IOException {
        try {
            return network.call(() -> {
                Recorder r = Recorder.open(recording, header);
                network.peer().addListener(r);
                return r;
            });
        } catch (IllegalStateException e) {
            network.close();
            IOException io = SympPeer.ioCause(e);
            if (io != null) {
                throw io;
            }
            throw e;
        }
    }

    private static void closeQuietly(Recorder recorder) {
        if (recorder != null) {
            try {
                recorder.close();
            } catch (IOException | RuntimeException ignored) {
                // The start failed already; that is the error to report.
            }
        }
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        return port;
    }
}
