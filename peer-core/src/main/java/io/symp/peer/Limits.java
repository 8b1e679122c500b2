package io.symp.peer;

/**
 * Every bound in the peer, in one place, with how they relate (LimitsTest checks the relations).
 * At a bound the peer refuses with a logged reason or folds history into a snapshot; it never
 * grows without limit.
 */
public final class Limits {
    private Limits() {}

    /** Highest tick rate a peer accepts. */
    public static final int FPS_MAX = 1000;

    /** Default ticks between snapshots (K): a rollback re-simulates at most K ticks extra. */
    public static final int SNAPSHOT_INTERVAL_DEFAULT = 32;

    /**
     * Default snapshots kept. With K = 32 at 50 FPS the ring reaches back 2047 × 32 ticks,
     * about 22 minutes: the longest partition after which late events can still be repaired.
     */
    public static final int SNAPSHOT_SLOTS_DEFAULT = 2048;

    /** Memory the snapshot ring may take by default; larger states get fewer slots. */
    public static final long SNAPSHOT_RING_BYTES_MAX = 256L << 20;

    /** Deepest sync-test journey. */
    public static final int SYNC_TEST_DEPTH_MAX = 4096;

    /** Most ticks one advance simulates while catching up, so a peer stays responsive. */
    public static final int CATCH_UP_TICKS_PER_ADVANCE_MAX = 100_000;

    /** A small lag (up to half a second) is closed a 1/CATCH_UP_SPREAD of it per advance. */
    public static final int CATCH_UP_SPREAD = 4;

    /** SYNC rounds per HAVE round (HAVE also goes out whenever a neighbour shows it lacks something). */
    public static final int SYNC_ROUNDS_PER_HAVE = 5;

    /** A HAVE is sent even when nothing changed every this many HAVE rounds (a keepalive repair). */
    public static final int HAVE_ROUNDS_PER_KEEPALIVE = 10;

    /** Own events held while waiting for clock sync; more are refused. */
    public static final int PENDING_EMITS_MAX = 1024;

    /** Most events sent to one neighbour in answer to one HAVE (the next HAVE sends the rest). */
    public static final int REPAIR_EVENTS_PER_HAVE_MAX = 65_536;

    /**
     * Events taken from one origin per second of ticks; more wait for a later HAVE round. A
     * flooding peer cannot make its neighbours simulate without bound.
     */
    public static final int ORIGIN_EVENTS_PER_SECOND_MAX = 500;

    /** Arguments per event. */
    public static final int EVENT_ARGS_MAX = 16;

    /** Largest Δ {@code --delta auto} chooses, in seconds (the prior may be larger). */
    public static final int AUTO_DELTA_SECONDS_MAX = 10;

    /** Transit samples kept per origin by {@code --delta auto} (the newest). */
    public static final int AUTO_DELTA_SAMPLES_PER_ORIGIN = 64;

    /** Origins whose transits are kept; the one heard from longest ago makes room. */
    public static final int AUTO_DELTA_ORIGINS_MAX = 1024;

    /** Transit samples count for {@code --delta auto} this many seconds of ticks... */
    public static final int AUTO_DELTA_SAMPLE_WINDOW_SECONDS = 120;

    /** ...or longer, as long as it takes to hold this many (at low event rates). */
    public static final int AUTO_DELTA_SAMPLES_RECENT_MIN = 128;

    /** Recent samples (from two origins or more) before Δ is chosen from them. */
    public static final int AUTO_DELTA_SAMPLES_MIN = 8;

    /** Transits of the first seconds after the first one are covered but not kept (start-up). */
    public static final int AUTO_DELTA_WARMUP_SECONDS = 10;

    /** The network's event rate is measured over this many seconds of ticks... */
    public static final int AUTO_DELTA_RATE_WINDOW_SECONDS = 60;

    /** ...from the ticks of at most this many recent events (a shorter span at high rates). */
    public static final int AUTO_DELTA_RATE_EVENTS = 1024;

    /**
     * Largest application state, in bytes (the region adds {@code State.HEADER_BYTES}): the one
     * bound shared by app loading, the wire (a snapshot carries it whole) and the log.
     */
    public static final int STATE_BYTES_MAX = 16 << 20;

    /**
     * How long {@code symp peer --until-tick} waits for its first link when links were refused
     * (another app build, session, tick rate or secret) or every neighbour it dials is silent,
     * before it gives up with exit 1 and the reason, rather than run alone.
     */
    public static final int UNLINKED_WAIT_SECONDS_MAX = 10;

    /** Snapshot slots for a state of {@code regionBytes}: the default, fewer if it would exceed the budget. */
    public static int snapshotSlotsFor(int regionBytes, int wanted) {
        long fit = Math.max(2, SNAPSHOT_RING_BYTES_MAX / Math.max(1, regionBytes));
        long slots = Math.min(wanted, fit);
        return Integer.highestOneBit((int) Math.max(2, slots));
    }
}
