package io.symp.peer;

import io.symp.core.Check;

/**
 * How a peer runs. Times are in ticks where the timeline is concerned and in nanoseconds where
 * the clock is. {@link Limits} holds the bounds these must respect.
 *
 * @param id                 this peer's 64-bit id (what links and topologies name)
 * @param origin             the id its events carry: one per run of the peer, so that a
 *                           restarted peer never reuses an (origin, seq) of its previous run
 * @param fps                ticks per second, identical on every peer
 * @param deltaTicks         Δ: how far in the future an emitted event is stamped
 * @param snapshotInterval   K: ticks between snapshots
 * @param snapshotSlots      snapshots kept (a power of two): the reach back is K × (slots − 1)
 * @param protocol           which orchestration rules to follow
 * @param syncIntervalTicks  ticks between SYNC rounds to every neighbour (HAVE every
 *                           {@link Limits#SYNC_ROUNDS_PER_HAVE} rounds)
 * @param syncWaitTicks      how long a peer waits to hear the network's time from a time
 *                           source (holding its own events meanwhile) before founding it on
 *                           its own clock (0: found at once; Integer.MAX_VALUE: never found,
 *                           a restarted peer that must join others)
 * @param syncTestDepth      0, or N: sync-test every tick with random depths up to N
 * @param seed               seeds sync-test's choices (nothing else in the peer is random)
 * @param rollbackBudget     0 for a fixed Δ ({@code deltaTicks}); otherwise the fraction of
 *                           ticks the network may travel back (0.01 for 1 %), and Δ is chosen
 *                           by {@link AutoDelta} with {@code deltaTicks} as its prior
 */
public record PeerConfig(long id, long origin, int fps, int deltaTicks, int snapshotInterval, int snapshotSlots,
                         Protocol protocol, int syncIntervalTicks, int syncWaitTicks,
                         int syncTestDepth, long seed, double rollbackBudget) {
    public PeerConfig {
        Check.argument(fps >= 1 && fps <= Limits.FPS_MAX, "fps must be 1.." + Limits.FPS_MAX + ", got " + fps);
        Check.argument(deltaTicks >= 1, "delta must be at least one tick, got " + deltaTicks);
        Check.argument(snapshotInterval >= 1, "snapshot interval must be >= 1, got " + snapshotInterval);
        Check.argument(syncIntervalTicks >= 1, "sync interval must be >= 1 tick");
        Check.argument(syncTestDepth >= 0 && syncTestDepth <= Limits.SYNC_TEST_DEPTH_MAX,
                "sync-test depth must be 0.." + Limits.SYNC_TEST_DEPTH_MAX);
        Check.argument(rollbackBudget >= 0 && rollbackBudget < 1,
                "rollback budget must be in [0, 1), got " + rollbackBudget);
    }

    /** Defaults for {@code id}: 50 FPS, Δ = 25 ticks (500 ms), snapshots every 32 ticks. */
    public static PeerConfig defaults(long id) {
        return new PeerConfig(id, id, 50, 25, Limits.SNAPSHOT_INTERVAL_DEFAULT, Limits.SNAPSHOT_SLOTS_DEFAULT,
                Protocol.SYMP, 10, 150, 0, 1, 0);
    }

    public long tickNanos() {
        return 1_000_000_000L / fps;
    }

    /** Another id; the origin follows it. */
    public PeerConfig withId(long newId) {
        return toBuilder().id(newId).origin(newId).build();
    }

    /** The same peer, restarted: its events carry another origin. */
    public PeerConfig withOrigin(long newOrigin) {
        return toBuilder().origin(newOrigin).build();
    }

    /** Another tick rate; the sync interval follows it (five rounds per second). */
    public PeerConfig withFps(int newFps) {
        return toBuilder().fps(newFps).syncIntervalTicks(Math.max(1, newFps / 5)).build();
    }

    public PeerConfig withDeltaTicks(int newDelta) {
        return toBuilder().deltaTicks(newDelta).build();
    }

    /** Δ chosen to keep rollbacks within {@code budget} (a fraction; 0: the fixed Δ). */
    public PeerConfig withRollbackBudget(double budget) {
        return toBuilder().rollbackBudget(budget).build();
    }

    /** Whether Δ is chosen by the peer ({@code --delta auto}) rather than fixed. */
    public boolean autoDelta() {
        return rollbackBudget > 0;
    }

    public PeerConfig withSnapshots(int interval, int slots) {
        return toBuilder().snapshotInterval(interval).snapshotSlots(slots).build();
    }

    /** Other orchestration rules; the paper's sends SYNC every 50 ticks. */
    public PeerConfig withProtocol(Protocol newProtocol) {
        Builder b = toBuilder().protocol(newProtocol);
        return (newProtocol == Protocol.PAPER ? b.syncIntervalTicks(50) : b).build();
    }

    public PeerConfig withSyncWaitTicks(int ticks) {
        return toBuilder().syncWaitTicks(ticks).build();
    }

    public PeerConfig withSyncTest(int depth, long testSeed) {
        return toBuilder().syncTestDepth(depth).seed(testSeed).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some fields of a config; the record's constructor checks the result. */
    public static final class Builder {
        private long id;
        private long origin;
        private int fps;
        private int deltaTicks;
        private int snapshotInterval;
        private int snapshotSlots;
        private Protocol protocol;
        private int syncIntervalTicks;
        private int syncWaitTicks;
        private int syncTestDepth;
        private long seed;
        private double rollbackBudget;

        private Builder(PeerConfig c) {
            id = c.id;
            origin = c.origin;
            fps = c.fps;
            deltaTicks = c.deltaTicks;
            snapshotInterval = c.snapshotInterval;
            snapshotSlots = c.snapshotSlots;
            protocol = c.protocol;
            syncIntervalTicks = c.syncIntervalTicks;
            syncWaitTicks = c.syncWaitTicks;
            syncTestDepth = c.syncTestDepth;
            seed = c.seed;
            rollbackBudget = c.rollbackBudget;
        }

        public Builder id(long v) {
            id = v;
            return this;
        }

        public Builder origin(long v) {
            origin = v;
            return this;
        }

        public Builder fps(int v) {
            fps = v;
            return this;
        }

        public Builder deltaTicks(int v) {
            deltaTicks = v;
            return this;
        }

        public Builder snapshotInterval(int v) {
            snapshotInterval = v;
            return this;
        }

        public Builder snapshotSlots(int v) {
            snapshotSlots = v;
            return this;
        }

        public Builder protocol(Protocol v) {
            protocol = v;
            return this;
        }

        public Builder syncIntervalTicks(int v) {
            syncIntervalTicks = v;
            return this;
        }

        public Builder syncWaitTicks(int v) {
            syncWaitTicks = v;
            return this;
        }

        public Builder syncTestDepth(int v) {
            syncTestDepth = v;
            return this;
        }

        public Builder seed(long v) {
            seed = v;
            return this;
        }

        public Builder rollbackBudget(double v) {
            rollbackBudget = v;
            return this;
        }

        public PeerConfig build() {
            return new PeerConfig(id, origin, fps, deltaTicks, snapshotInterval, snapshotSlots, protocol,
                    syncIntervalTicks, syncWaitTicks, syncTestDepth, seed, rollbackBudget);
        }
    }
}
