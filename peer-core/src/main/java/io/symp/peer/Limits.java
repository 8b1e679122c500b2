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

    /**
     * Most time one advance simulates while catching up, in nanoseconds of the peer's clock: far
     * below {@link #SILENT_LINK_SECONDS}, so a heavy app catching up still answers its links.
     */
    public static final long CATCH_UP_NANOS_PER_ADVANCE_MAX = 200_000_000L;

    /** A link on which nothing arrives for this long is dead and closed (then redialled). */
    public static final int SILENT_LINK_SECONDS = 3;

    /** A dialler tries again this soon after a link drops or a dial fails... */
    public static final long REDIAL_BACKOFF_MIN_MS = 100;

    /** ...doubling each failure up to this (the TCP transport and the simulator alike). */
    public static final long REDIAL_BACKOFF_MAX_MS = 5_000;

    /**
     * Highest sequence number of one origin's events. A run that has used them all refuses to
     * emit (a restart brings a fresh origin); decoders refuse anything beyond. At 1000 events a
     * second it lasts 8,900 years, and {@code seq + 1} can never overflow.
     */
    public static final long SEQ_MAX = 1L << 48;

    /**
     * Largest application state, in bytes (the region adds {@code State.HEADER_BYTES}): the one
     * bound shared by app loading, the wire (a snapshot carries it whole) and the log.
     */
    public static final int STATE_BYTES_MAX = 16 << 20;

    /**
     * A recorder writes the block it fills once it holds this many bytes (and before every
     * snapshot record, which goes in a block of its own).
     */
    public static final int LOG_BLOCK_FLUSH_BYTES = 1 << 20;

    /**
     * A recorder writes a 16-bit state hash every tick for state regions up to this size; a
     * larger region is hashed only at checkpoints, its other ticks recorded without a hash
     * (hashing 16 MiB takes 1.4 ms: 7 % of a core at 50 FPS, more than the peer's own tick).
     */
    public static final int TICK_HASH_REGION_BYTES_MAX = 1 << 16;

    /**
     * Largest block payload of a log, written or read: a snapshot record of the largest state
     * (its region, kind, tick and length) or a flushed block plus its last record both fit.
     */
    public static final int LOG_BLOCK_BYTES_MAX = STATE_BYTES_MAX + (1 << 16);

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
     * Distinct new live events taken from one origin per second of event ticks; an honest peer
     * stamps no more than this (the rest of its emits wait), so a flooding peer cannot make its
     * neighbours simulate without bound, and an honest one is never cut. Repairs are bounded by
     * the sender's repair budget instead.
     */
    public static final int ORIGIN_EVENTS_PER_SECOND_MAX = 500;

    /**
     * Own events sent under one signature (an EVENTS frame): those stamped within one tick,
     * up to this many. At the rate limit and 50 FPS a tick holds 10; a frame of this many of the
     * largest events still fits {@link io.symp.wire.WireLimits#FRAME_OVERHEAD_BYTES_MAX} (LimitsTest).
     */
    public static final int EVENT_BATCH_EVENTS_MAX = 64;

    /**
     * Origins whose public keys a peer keeps (32 bytes and a decoded point each, about 200 bytes):
     * past this, an origin none of whose events is on the timeline makes room, or the key is
     * refused and that origin's events wait for room (docs/SECURITY.md).
     */
    public static final int ORIGIN_KEYS_MAX = 16_384;

    /**
     * Origins a peer remembers having told one link the key of (about 56 bytes each); past this
     * the link is told again as if new: at most 256 links × 4,096 × 56 bytes, about 59 MiB, for a
     * member that announces origins without end (docs/SECURITY.md).
     */
    public static final int ORIGINS_TOLD_PER_LINK_MAX = 4096;

    /**
     * Event signatures whose check a simulated network remembers for all its peers (about 260
     * bytes each, true or false; the least recently asked makes room), so that each event is
     * checked once per network, not once per peer ({@code SignatureMemo}). Live peers keep none.
     */
    public static final int SIGNATURE_MEMO_EVENTS_MAX = 8192;

    /**
     * Origin keys (and bindings) whose check a simulated network remembers for all its peers
     * (about 300 bytes each, valid or not; the least recently asked makes room).
     */
    public static final int SIGNATURE_MEMO_KEYS_MAX = 1 << 16;

    /**
     * Events a peer keeps that came before their origin's key (a link that does not keep order),
     * received when it comes; past this the one waiting longest is dropped, and a HAVE round
     * brings it again.
     */
    public static final int EVENTS_AWAITING_KEY_MAX = 256;

    /** Origins whose event rate is tracked; the one heard from longest ago makes room. */
    public static final int RATE_ORIGINS_MAX = 4096;

    /**
     * Events a spaced history keeps after its oldest snapshot (about 60 MB of events; at most
     * some 230 MB, no more than the snapshot ring, when each carries the most text and bytes,
     * {@link #EVENT_STRING_BYTES_MAX}): past
     * that the oldest snapshots are dropped and the events before the next folded into it.
     */
    public static final int TIMELINE_EVENTS_MAX = 262_144;

    /**
     * Events a replay's spaced history keeps after its oldest snapshot: twice a live peer's, so
     * that a replay trimming at its own ticks (every 1,024) never reaches less far back than the
     * live peer did when it trimmed at its HAVE rounds, while its memory stays bounded whatever
     * the log's length (without a bound, a spaced ring keeps its oldest snapshot and every event
     * since: a six-hour log ran out of a 160 MiB heap).
     */
    public static final int REPLAY_TIMELINE_EVENTS_MAX = 2 * TIMELINE_EVENTS_MAX;

    /**
     * Origins whose events are all folded are no longer listed in HAVEs (a restarted peer takes
     * a fresh origin, so a long-lived network meets ever more); this many are still recognised
     * (16 bytes each), so a very late copy of their events is known for a duplicate.
     */
    public static final int RETIRED_ORIGINS_MAX = 1 << 20;

    /** Bytes of repair (events and snapshots answering a HAVE) sent to one neighbour per second. */
    public static final int REPAIR_BYTES_PER_SECOND = 1 << 20;

    /**
     * HAVEs answered per link and second of the peer's clock (an honest neighbour sends about
     * one, a few more while catching up); more are dropped, so that HAVEs cannot make a peer scan
     * its history without bound. What each answer sends is bounded by the repair budget.
     */
    public static final int HAVES_PER_LINK_PER_SECOND_MAX = 10;

    /** An event sent to a neighbour by repair is not sent again for this long, whatever it asks. */
    public static final int REPAIR_RESEND_SECONDS = 3;

    /**
     * A peer catching up waits for a neighbour's repair of its history (simulating only up to
     * the newest event repaired) as long as the repair makes progress at least this often.
     */
    public static final int CATCH_UP_REPAIR_WAIT_SECONDS = 5;

    /**
     * ...and only while the neighbour holds more than this many events it lacks: history, not
     * the events in flight that every HAVE of a live neighbour lists.
     */
    public static final int CATCH_UP_REPAIR_EVENTS_MIN = 2 * ORIGIN_EVENTS_PER_SECOND_MAX;

    /**
     * A snapshot asked of a neighbour is taken within this long of the ask, once the other
     * neighbours' answers agree (docs/SECURITY.md); past it, the answers in decide, and an
     * offer arriving later starts another ask. Longer than a large snapshot takes at the repair
     * budget ({@link #REPAIR_BYTES_PER_SECOND}).
     */
    public static final int SNAPSHOT_ASK_SECONDS = 30;

    /**
     * With no other neighbour that knows the snapshot's tick, a joiner waits this long for one to
     * link and answer before it takes the snapshot on the offerer's word.
     */
    public static final int SNAPSHOT_SINGLE_WORD_WAIT_SECONDS = 10;

    // Clock sync (io.symp.sync.ClockSync): what one neighbour's SYNCs can do (docs/SECURITY.md).

    /** One SYNC moves a synced peer's time by at most Δ plus this many seconds. */
    public static final int SYNC_STEP_SECONDS_MAX = 5;

    /**
     * All moves one link causes come out of a budget of one step (Δ + SYNC_STEP_SECONDS_MAX),
     * refilled over this many seconds: a hostile neighbour drags a peer's time at most one step
     * per this long; an honest one moves it by milliseconds, or by steps while islands that
     * founded apart merge. Measured in the swarm (symp sim --swarm 300 --seed 1): at 5 s, ten
     * seeds' islands (gaps of 7 to 62 s, across a ring's or a line's boundary peers) had not
     * merged by the end of their healing phase; at 1 s all 300 seeds pass.
     */
    public static final int SYNC_MOVE_BUDGET_SECONDS = 1;

    /**
     * A joiner with several links waits this long after the first synced neighbour's SYNC for a
     * second one, then takes the second largest lead: one neighbour far ahead does not carry it off.
     */
    public static final int SYNC_JOIN_WAIT_MS = 250;

    /** A lead beyond one step is taken only when this many links report one... */
    public static final int SYNC_FAR_LEAD_LINKS_MIN = 2;

    /**
     * ...within this many seconds of each other; a lead that one link alone keeps reporting for
     * this long is stepped towards, one step at a time within that link's budget.
     */
    public static final int SYNC_FAR_LEAD_SECONDS = 3;

    /** SYNCs taken from one link per second (an honest neighbour sends about 10); more are dropped. */
    public static final int SYNCS_PER_LINK_PER_SECOND_MAX = 40;

    /**
     * A link whose clock offset is known well enough is quiet: each side asks for the time about
     * once per this many milliseconds (uniform in ½–1½ of it) instead of ten times a second, and
     * sends its HASH with that SYNC (docs/PROTOCOL.md, "Quiet links"). Its longest gap, 1½ of
     * it, leaves the dead-link timer ({@link #SILENT_LINK_SECONDS}) two SYNCs to see.
     */
    public static final int SYNC_QUIET_INTERVAL_MS = 1_000;

    /**
     * Quiet once the link's offset estimate is within 1/this of a tick (its error bound, 1 ms at
     * 50 FPS, drift that could hide in it included; back to ten a second beyond twice that):
     * along a line of 14 hops the errors add up to well under a tick. Links with tens of ms of
     * jitter never get there, and every sample still counts for their pace.
     */
    public static final int SYNC_QUIET_UNCERTAINTY_TICK_DIVISOR = 20;

    /**
     * ...and once its two clocks are known to drift apart by at most this many parts per million
     * (the fitted rate and three standard errors; loud again beyond twice that). Each peer's
     * clock is kept with its neighbours' only by the moves SYNCs cause: ten times fewer SYNCs
     * leave ten times the gap that a drift opens between moves, and across a long line the gaps
     * add up (measured: paper-21 at 5 ms ± 1 ms with ±200 ppm clocks, pace 0.04 % with every
     * link loud, 3.3 % with quiet links regardless of drift). NTP-disciplined clocks drift a few
     * ppm apart.
     */
    public static final int SYNC_QUIET_DRIFT_PPM_MAX = 10;

    /** Samples a link needs before it may be quiet, however small its jitter (five seconds' worth). */
    public static final int SYNC_QUIET_SAMPLES_MIN = 50;

    /**
     * A link stays loud (ten SYNCs a second) this long after it showed a large lead, and every
     * link after this peer's own clock jumped: the move reaches the neighbours in a round trip,
     * not a quiet interval per hop.
     */
    public static final int SYNC_LOUD_SECONDS = 10;

    /** A SYNC reply held longer than this, or echoing a request older, is dropped. */
    public static final int SYNC_HELD_SECONDS_MAX = 60;

    /**
     * Clock and timeline values a SYNC may carry, in nanoseconds (about 36 years): sums and
     * differences of three of them never overflow a long.
     */
    public static final long SYNC_NANOS_ABS_MAX = 1L << 60;

    /** Events stamped further ahead than this, in seconds, are refused (an honest Δ is far less). */
    public static final int EVENT_HORIZON_SECONDS = 60;

    /** Arguments per event. */
    public static final int EVENT_ARGS_MAX = 16;

    /** Bytes of one text or byte-string event argument (a text's UTF-8): a chat line, a name. */
    public static final int ARG_BYTES_MAX = 256;

    /**
     * Bytes of all the text and byte-string arguments of one event together, so that a full
     * timeline ({@link #TIMELINE_EVENTS_MAX}) of the largest events takes no more memory than
     * the snapshot ring ({@link #SNAPSHOT_RING_BYTES_MAX}).
     */
    public static final int EVENT_STRING_BYTES_MAX = 256;

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

    // The TCP transport (io.symp.net): bounds before and after trust (docs/SECURITY.md).

    /** A connection that has not finished TLS and HELLO within this is closed. */
    public static final int HANDSHAKE_DEADLINE_MS = 5_000;

    /** Connections accepted but not yet handshaken; past it the oldest of the busiest address goes. */
    public static final int PENDING_HANDSHAKES_MAX = 256;

    /** Of those, from one IP address; more from it are closed at once. */
    public static final int PENDING_HANDSHAKES_PER_ADDRESS_MAX = 16;

    /** Handshaken links a peer holds at once; more are refused with a reason. */
    public static final int LINKS_MAX = 256;

    /** Bytes of one link's frames handed to the peer's thread and not yet taken; past it the link stops reading. */
    public static final int INBOUND_BYTES_PER_LINK_MAX = 4 << 20;

    /** Messages of one link waiting for the peer's thread; past it the link stops reading. */
    public static final int INBOUND_MESSAGES_PER_LINK_MAX = 4096;

    /** Bytes queued to one neighbour and not yet written; past it the link is closed (a slow reader). */
    public static final int OUTBOUND_BYTES_PER_LINK_MAX = 2 * io.symp.wire.WireLimits.FRAME_BYTES_MAX;

    /** A second link from a peer already linked replaces the first only if that one was silent this long. */
    public static final int LINK_REPLACE_SILENT_MS = 1_000;

    /**
     * How long {@code symp peer --until-tick} waits for its first link when links were refused
     * (another app build, session, tick rate or secret) or every neighbour it dials is silent,
     * before it gives up with exit 1 and the reason, rather than run alone.
     */
    public static final int UNLINKED_WAIT_SECONDS_MAX = 10;

    /**
     * How long {@code symp peer --until-tick T}, once T is past Δ and two seconds, waits for
     * every neighbour to report the same events through T (their HASH digests, one a second)
     * before it prints its hash anyway and exits 1, naming the neighbours that did not: a late
     * event would otherwise be free to change T's hash on one peer after another printed it.
     */
    public static final int UNTIL_TICK_CONFIRM_SECONDS_MAX = 30;

    /**
     * The same when no link was refused but every neighbour it dials stayed silent: longer,
     * since a neighbour may still be starting or restarting on a loaded machine.
     */
    public static final int SILENT_NEIGHBOURS_WAIT_SECONDS_MAX = 30;

    /**
     * How long a joiner whose every neighbour says it holds no time either (a network whose
     * every peer was started with {@code --join}) waits before the lowest id among them founds
     * the time ({@code WaitingJoiners}): long enough for the time to arrive over a few hops of a
     * loaded start-up where someone holds it, well within {@link #SILENT_NEIGHBOURS_WAIT_SECONDS_MAX}.
     */
    public static final int WAITING_JOINERS_FOUND_SECONDS = 10;

    /** Snapshot slots for a state of {@code regionBytes}: the default, fewer if it would exceed the budget. */
    public static int snapshotSlotsFor(int regionBytes, int wanted) {
        long fit = Math.max(2, SNAPSHOT_RING_BYTES_MAX / Math.max(1, regionBytes));
        long slots = Math.min(wanted, fit);
        return Integer.highestOneBit((int) Math.max(2, slots));
    }
}
