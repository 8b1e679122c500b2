package io.symp.cli;

import io.symp.app.SymmetricApp;
import io.symp.core.UserError;
import io.symp.net.PeerIdentity;
import io.symp.net.TransportConfig;
import io.symp.peer.PeerConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of a live peer, shared by {@code symp peer} and {@code symp repl}. */
public final class PeerOptions {
    /** Δ under {@code --delta auto} until the peer has measured enough: the fixed default. */
    private static final long AUTO_PRIOR_NANOS = 500_000_000L;

    @Option(names = "--id", paramLabel = "ID", description = "Claim this 64-bit peer id: open sessions without --identity only;"
            + " neighbours treat it as unproven (default: the id of this peer's key, printed).")
    Long id;

    @Option(names = "--identity", paramLabel = "FILE",
            description = "This peer's key pair (Ed25519, PEM), created with mode 0600 if missing (see 'symp keygen');"
                    + " the peer id is derived from it (default: a new key each run).")
    java.nio.file.Path identityFile;

    @Option(names = "--app", paramLabel = "APP", completionCandidates = Candidates.AppNames.class, defaultValue = "move", description = "Application (default: ${DEFAULT-VALUE}; see 'symp apps').")
    String app;

    @Mixin AppPathOption appPath;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "50", description = "Ticks per second, the same on every peer (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--delta", paramLabel = "DURATION|auto", defaultValue = "500ms",
            converter = DeltaOption.Converter.class,
            description = "How far ahead events are stamped (default: ${DEFAULT-VALUE}); auto: the least Δ"
                    + " that keeps rollbacks within --rollback-budget, from the delays the peer measures"
                    + " (starting from 500ms).")
    DeltaOption delta;

    @Option(names = "--rollback-budget", paramLabel = "PCT", converter = Percentages.class,
            description = "With --delta auto: the rollback %% to stay within, such as 1%% (default: 1%%).")
    Double rollbackBudget;

    @Option(names = "--session", paramLabel = "NAME", defaultValue = "symp", description = "Session name; peers of other sessions are refused (default: ${DEFAULT-VALUE}).")
    String session;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "Shared secret (a trailing newline is not part of it): only peers that know it can link;"
                    + " every link is TLS 1.3 with certificates signed by a key derived from it (never sent).")
    File secretFile;

    @Option(names = "--link-delay", paramLabel = "DURATION", defaultValue = "0ms", converter = Durations.class,
            description = "Added one-way delay on every outgoing link (latency injection).")
    long linkDelayNanos;

    @Option(names = "--link-jitter", paramLabel = "DURATION", defaultValue = "0ms", converter = Durations.class,
            description = "Standard deviation of the added delay.")
    long linkJitterNanos;

    @Option(names = "--sync-test", paramLabel = "N", defaultValue = "0",
            description = "Check the app for determinism: roll back up to N ticks every tick and compare.")
    int syncTest;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of --emit-rate's events (mixed with the peer's id: peers given the same seed emit different streams) and sync-test (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The peer's key pair and its id: the key's, or a claimed one (open sessions only). */
    record Identity(PeerIdentity key, long id) {}

    /**
     * The key from --identity (or a new one) and the peer id: the key's, unless {@code claimed}
     * (--id, or --as of a topology) names another, which only an open session without
     * --identity allows.
     */
    Identity identity(Long claimed, String claimedBy) {
        if (claimed != null && secretFile != null) {
            throw new UserError(claimedBy + " claims an id, which a secured session does not allow:"
                    + " with --secret-file the peer id is its key's (--identity)");
        }
        if (claimed != null && identityFile != null) {
            throw new UserError(claimedBy + " and --identity do not go together: the peer id is the key's");
        }
        PeerIdentity key = identityFile != null ? PeerIdentity.loadOrCreate(identityFile) : PeerIdentity.generate();
        return new Identity(key, claimed != null ? claimed : key.id());
    }

    /** {@link #identity(Long, String)} with --id as the claim. */
    Identity identity() {
        return identity(id, "--id");
    }

    SymmetricApp createApp() {
        return appPath.apps().create(app);
    }

    PeerConfig peerConfig(long peerId, boolean joins) {
        if (fps < 1 || fps > 1000) {
            throw new UserError("--fps must be 1..1000, got " + fps);
        }
        long tickNanos = 1_000_000_000L / fps;
        double budget = DeltaOption.rollbackBudget(delta, rollbackBudget);
        long deltaNanos = delta.auto() ? AUTO_PRIOR_NANOS : delta.nanos();
        int deltaTicks = (int) Math.max(1, Math.round((double) deltaNanos / tickNanos));
        if (syncTest < 0 || syncTest > io.symp.peer.Limits.SYNC_TEST_DEPTH_MAX) {
            throw new UserError("--sync-test must be 0.." + io.symp.peer.Limits.SYNC_TEST_DEPTH_MAX);
        }
        return PeerConfig.defaults(peerId).withFps(fps).withDeltaTicks(deltaTicks)
                .withSyncWaitTicks(joins ? Integer.MAX_VALUE : 0).withSyncTest(syncTest, seed)
                .withRollbackBudget(budget);
    }

    TransportConfig transportConfig(Identity identity) {
        byte[] secret = null;
        if (secretFile != null) {
            try {
                secret = withoutTrailingNewlines(Files.readAllBytes(secretFile.toPath()));
            } catch (IOException e) {
                throw new UserError("cannot read secret file " + secretFile + ": " + e.getMessage());
            }
            if (secret.length == 0) {
                throw new UserError("secret file " + secretFile + " is empty");
            }
        }
        return new TransportConfig(session, secret, linkDelayNanos, linkJitterNanos, seed, identity.key());
    }

    /** An editor's final newline (LF or CRLF, any number) is not part of the secret. */
    static byte[] withoutTrailingNewlines(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) {
            n--;
        }
        return java.util.Arrays.copyOf(bytes, n);
    }

    /** {@code [host:]port} as host and port. */
    static HostPort hostPort(String text, String defaultHost) {
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? defaultHost : text.substring(0, colon);
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port >= 0 && port <= 65535 && !host.isEmpty()) {
                return new HostPort(host, port);
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new UserError("bad address '" + text + "' (expected [HOST:]PORT)");
    }

    record HostPort(String host, int port) {}
}
