package io.symp.sync;

import io.symp.peer.Limits;
import io.symp.wire.SyncMessage;
import java.util.ArrayDeque;
import java.util.TreeMap;

/**
 * Where this peer is on the shared timeline, in nanoseconds since tick 0, and how it keeps up
 * with the network: the network's time is the greatest any peer has reached, so a peer that
 * learns a neighbour is ahead moves its own time forward (the peer then simulates the ticks in
 * between, as fast as it can: time is never skipped, only caught up).
 *
 * <p>A SYNC's time is stale by the link's one-way delay when it arrives. This class measures
 * each link's round trip from its SYNC exchanges (each SYNC echoes the neighbour's previous
 * one, with how long it was held: {@link #outgoing}) and adds half. Large leads
 * are taken at once; small differences are averaged with the neighbours' (see {@link #adjust})
 * on an estimate of each neighbour's clock offset averaged over many SYNCs, and carried to
 * now along the two clocks' drift ({@link #smoothedAhead}, {@link LinkOffset}),
 * so that noisy estimates do not ratchet the clocks forward. A peer learns the time only from
 * a peer that holds it, and a settled peer follows only settled neighbours' small differences
 * (clock states: {@link SyncMessage}). The reference implementation compensates nothing, acts
 * only 25 ticks behind and takes every neighbour's time (the paper; docs/EVALUATION.md).
 *
 * <p>What one neighbour can do to a peer that holds the time is bounded (docs/SECURITY.md):
 * every field is range-checked ({@link Limits#SYNC_NANOS_ABS_MAX}, so no sum overflows), at most
 * {@link Limits#SYNCS_PER_LINK_PER_SECOND_MAX} SYNCs a second are taken from a link, one SYNC
 * moves the time by at most Δ + {@link Limits#SYNC_STEP_SECONDS_MAX} seconds, and all the moves
 * one link causes come out of a budget of that much per {@link Limits#SYNC_MOVE_BUDGET_SECONDS}.
 * A larger lead is taken only when {@link Limits#SYNC_FAR_LEAD_LINKS_MIN} links report one,
 * by the smallest of them; one that a single link keeps reporting for
 * {@link Limits#SYNC_FAR_LEAD_SECONDS} is stepped towards, a step at a time within that link's
 * budget (islands that founded apart merge so), or taken whole by a peer that has no other link. A joiner (not yet synced) still takes the
 * network's time whole.
 */
public final class ClockSync {
    private static final double RTT_GAIN = 0.125;
    /** Differences beyond this many ticks are not noise: a lead is taken whole, a lag ignored. */
    private static final int AVERAGING_RANGE_TICKS = 5;
    /** Smoothing of each link's lead estimate, on which jumps are decided. */
    private static final double AHEAD_GAIN = 0.1;
    /**
     * How far towards a neighbour's time one small estimate moves this peer, ahead or behind
     * alike once started up. (Half as far towards one behind at all times, as before, made up
     * for the samples' common bias that read every neighbour behind: see {@link #UNANSWERED_MAX}
     * and {@link QueuedDelay}. Without the bias it only pushed the network's time forward, away
     * from the lines' ends: docs/EVALUATION.md, "Queued SYNCs".)
     */
    private static final double AVERAGING_GAIN = 0.3;
    /**
     * While this peer starts up, towards a neighbour that seems behind it moves half as far: the
     * gradient that joiners leave, each taking the time from its first noisy samples, then closes
     * towards the front (the network's time is its greatest) instead of diffusing both ways.
     * Symmetric gains from the start left one 100 ms cell of the grid with a peer a tick behind
     * for seconds after the warm-up (pace 0.097 %, 0 before); kept longer, the push costs pace at
     * 500 ms (the 12 seeds of 500 ms, 2×, 25 events/min: 7.7 % symmetric, 8.2 % with 40 s, 9.4 % with
     * 60 s and 9.9 % with 120 s).
     */
    private static final double START_UP_BEHIND_GAIN = 0.15;
    /** How long a peer counts as starting up, from its start (its clock at tick 0). */
    private static final long START_UP_SECONDS = 40;
    /**
     * The window of each link's clock offset: the mean of about the last 500 SYNC samples
     * (about 25 s at 50 FPS, each side asking every 100 ms: {@code Peer}'s SyncSchedule), long
     * enough to average 100 ms of jitter down to a few ms. Drift no longer limits it: the
     * offset is carried to now along the fitted rate ({@link LinkOffset}). On a quiet link
     * ({@link #quiet}) the same samples span about ten times as long.
     */
    private static final int OFFSET_WINDOW_SAMPLES = 500;
    /** The window of each link's rate (the two clocks' drift): eight times longer. */
    private static final int RATE_WINDOW_SAMPLES = 4000;
    private static final double OFFSET_GAIN = 1.0 / OFFSET_WINDOW_SAMPLES;
    /**
     * Samples a new link needs before a small difference seen on it moves a synced peer's
     * clock at all: one SYNC's offset is off by the link's jitter, and since the network's time
     * is its greatest, moves on noise would ratchet every clock forward (measured: 8 ms/s in
     * the paper's six-peer mesh under churn, which makes new links all the time) and leave
     * the network chasing its fastest clock. About two seconds of SYNCs.
     */
    private static final int SAMPLES_BEFORE_JUMP = 10;
    /**
     * A neighbour's SYNCs held for this peer's next ones to echo ({@link #outgoing}); both
     * send at the same mean rate, so one or two wait at a time, and the oldest beyond this go.
     * Room for bursts: SYNCs that queued behind a slow frame arrive together, so with room for
     * only 4 the ones dropped were those that had waited, and the outward halves echoed were
     * the fast ones: every peer read every neighbour a few ms behind (at 500 ± 100 ms links),
     * and the network's time ran back, which the half gain towards a neighbour behind hid.
     */
    private static final int UNANSWERED_MAX = 32;

    private final long tickNanos;
    private final long jumpThresholdNanos;
    private final boolean compensate;
    private final long stepNanosMax;
    private final TreeMap<Long, LinkClock> links = new TreeMap<>();
    /** {@link #links}' values, for {@link #move}: walked on every SYNC that moves this clock. */
    private LinkClock[] linkClocks = new LinkClock[0];
    private long epochClockNanos;
    /** This peer's clock when it started: it is {@link #START_UP_SECONDS} young after that. */
    private final long startClockNanos;
    private boolean synced;
    private boolean settled;
    private int settledSamples;
    private long adjustments;
    private long adjustedNanosTotal;
    private long refused;
    private long joinFirstSampleNanos = Long.MIN_VALUE;
    /** Every link is loud until then: this peer's own clock jumped (MIN_VALUE: never). */
    private long loudUntilNanos = Long.MIN_VALUE;
    private long jumps;

    /**
     * @param startClockNanos the clock when this peer's tick 0 began
     * @param compensate      false for the paper's rule: no latency compensation, act only when
     *                        half a second (25 ticks at 50 FPS) behind
     */
    public ClockSync(long startClockNanos, long tickNanos, boolean compensate) {
        this(startClockNanos, tickNanos, compensate, 0);
    }

    /** As above, for a peer that stamps events {@code deltaTicks} ahead (Δ bounds one SYNC's move). */
    public ClockSync(long startClockNanos, long tickNanos, boolean compensate, int deltaTicks) {
        this.stepNanosMax = deltaTicks * tickNanos + Limits.SYNC_STEP_SECONDS_MAX * 1_000_000_000L;
        this.epochClockNanos = startClockNanos;
        this.startClockNanos = startClockNanos;
        this.tickNanos = tickNanos;
        this.compensate = compensate;
        this.jumpThresholdNanos = compensate ? tickNanos / 2 : 25 * tickNanos;
    }

    /** Position on the shared timeline at clock time {@code nowClockNanos}. */
    public long networkNanos(long nowClockNanos) {
        return nowClockNanos - epochClockNanos;
    }

    /** The tick this peer should have simulated by {@code nowClockNanos}. */
    public long tickAt(long nowClockNanos) {
        return Math.floorDiv(networkNanos(nowClockNanos), tickNanos);
    }

    /** The clock time at which tick {@code tick} begins, as this peer now reckons it. */
    public long clockNanosAtTick(long tick) {
        return epochClockNanos + tick * tickNanos;
    }

    /**
     * Whether this peer holds the network's time: learnt from a time source (with its round
     * trip, when compensating), or founded with {@link #found}.
     */
    public boolean synced() {
        return synced;
    }

    /** Whether this peer's time is trusted by settled neighbours (see {@link SyncMessage}). */
    public boolean settled() {
        return settled;
    }

    /**
     * Whether this peer has neighbours and every one of them has said, in its last SYNC, that
     * it holds no time: joiners waiting for each other.
     */
    public boolean everyNeighbourWaits() {
        if (links.isEmpty()) {
            return false;
        }
        for (LinkClock c : links.values()) {
            if (c.clockState != SyncMessage.UNSYNCED) {
                return false;
            }
        }
        return true;
    }

    /** This peer founds the network's time on its own clock (nobody holding it could be heard). */
    public void found() {
        synced = true;
        settled = true;
    }

    private int clockState() {
        return settled ? SyncMessage.SETTLED : synced ? SyncMessage.SYNCED : SyncMessage.UNSYNCED;
    }

    /** Times the clock was moved forward, and by how much in all. */
    public long adjustments() {
        return adjustments;
    }

    public long adjustedNanosTotal() {
        return adjustedNanosTotal;
    }

    /** SYNCs refused as out of range or past their link's rate, and moves refused past a link's budget. */
    public long refused() {
        return refused;
    }

    /** The most one SYNC may move a synced peer's time, in nanoseconds. */
    public long stepNanosMax() {
        return stepNanosMax;
    }

    /**
     * Whether the link to {@code peerId} is quiet now: SYNCs about once per
     * {@link Limits#SYNC_QUIET_INTERVAL_MS} instead of ten a second. So once this peer is
     * settled and the link's offset is known to within 1/{@link Limits#SYNC_QUIET_UNCERTAINTY_TICK_DIVISOR}
     * of a tick ({@link LinkOffset#errorBoundNanos}, over {@link Limits#SYNC_QUIET_SAMPLES_MIN}
     * samples at least; loud again beyond twice that) and the two clocks are known to drift
     * apart by {@link Limits#SYNC_QUIET_DRIFT_PPM_MAX} at most, unless they were half a tick
     * apart or this peer's clock jumped within {@link Limits#SYNC_LOUD_SECONDS}. Fewer samples
     * leave the estimate as exact, its error following the samples in its window rather than
     * their rate, but they age the window: the bound counts a drift that could hide in it, so
     * in practice only links with a millisecond of jitter or so go quiet (loopback, a LAN, a
     * steady path); at tens of ms every sample still counts for pace. Never under the paper's
     * rule.
     */
    public boolean quiet(long peerId, long nowClockNanos) {
        LinkClock c = links.get(peerId);
        if (c == null || !compensate || !settled || c.offset.samples() < Limits.SYNC_QUIET_SAMPLES_MIN
                || nowClockNanos < loudUntilNanos || nowClockNanos < c.loudUntilNanos) {
            if (c != null) {
                c.quiet = false;
            }
            return false;
        }
        double noise = Math.max(1, c.rttDevNanos);
        double slack = c.quiet ? 2 : 1;
        double limit = (double) tickNanos / Limits.SYNC_QUIET_UNCERTAINTY_TICK_DIVISOR;
        double driftMax = Limits.SYNC_QUIET_DRIFT_PPM_MAX * 1_000.0;
        c.quiet = c.offset.errorBoundNanos(nowClockNanos, noise) <= slack * limit
                && c.offset.driftBoundNanosPerSecond(noise) <= slack * driftMax;
        return c.quiet;
    }

    /** Times this peer's clock jumped (moved by half a tick or more at once). */
    public long jumps() {
        return jumps;
    }

    /** The measured round trip to {@code peerId}, or -1 when unknown. */
    public long rttNanos(long peerId) {
        LinkClock c = links.get(peerId);
        return c == null || c.rttNanos < 0 ? -1 : (long) c.rttNanos;
    }

    /** Starts tracking a new link. */
    public void linkUp(long peerId) {
        links.put(peerId, new LinkClock(stepNanosMax));
        relist();
    }

    public void linkDown(long peerId) {
        if (links.remove(peerId) != null) {
            relist();
        }
    }

    /**
     * This peer's next SYNC for {@code peerId}. Compensating, it echoes the oldest of the
     * neighbour's SYNCs not yet echoed, with how long it was held here, so that it answers that
     * one and asks for the next answer at once: a bare request (answered at once by
     * {@link #reply}) only when there is nothing to echo (a new link, or a neighbour that
     * sends bare requests). Answers sent on this peer's own schedule rather than the moment a
     * request lands do not queue behind whatever that request found in flight: the reply of an
     * immediate answer queued longer than requests (FIFO) and made each reply's sample read
     * the neighbour ~5 ms behind at 500 ± 100 ms links (docs/EVALUATION.md, "Clock agreement").
     * Each SYNC is echoed once, in order, whatever its delay: echoing the last arrived instead
     * would favour fast deliveries.
     */
    public SyncMessage outgoing(long peerId, long nowClockNanos) {
        LinkClock c = clockOf(peerId);
        long[] echo = compensate ? c.unanswered.poll() : null;
        if (echo != null) {
            return new SyncMessage(networkNanos(nowClockNanos), nowClockNanos, echo[0], nowClockNanos - echo[1],
                    clockState(), echo[2]);
        }
        return new SyncMessage(networkNanos(nowClockNanos), nowClockNanos, 0, SyncMessage.NO_ECHO, clockState());
    }

    /** The answer to request {@code m}, sent as soon as it arrives. */
    public SyncMessage reply(SyncMessage m, long nowClockNanos) {
        return new SyncMessage(networkNanos(nowClockNanos), nowClockNanos, m.sentClockNanos(), 0, clockState());
    }

    /**
     * Takes a neighbour's SYNC and returns true when it is a bare request to answer at once
     * (with {@link #reply}); one that echoes is an answer, and also asks for the next (see
     * {@link #outgoing}; peers of earlier builds send only bare requests, answered at once as
     * before, and take an echoing SYNC as a plain answer).
     */
    public boolean incoming(long peerId, SyncMessage m, long nowClockNanos) {
        long epochBefore = epochClockNanos;
        boolean answer = take(peerId, m, nowClockNanos);
        if (Math.abs(epochClockNanos - epochBefore) >= tickNanos / 2) {
            // Loud everywhere for a while: the neighbours learn of the jump in a round trip.
            jumps++;
            loudUntilNanos = nowClockNanos + Limits.SYNC_LOUD_SECONDS * 1_000_000_000L;
        }
        return answer;
    }

    private boolean take(long peerId, SyncMessage m, long nowClockNanos) {
        LinkClock c = clockOf(peerId);
        boolean blocked = c.lastArrivalNanos != Long.MIN_VALUE
                && nowClockNanos - c.lastArrivalNanos <= QueuedDelay.BLOCKED_GAP_NANOS;
        c.lastArrivalNanos = nowClockNanos;
        if (!inRange(m, nowClockNanos) || !c.allows(nowClockNanos)) {
            refused++;
            return false;
        }
        c.nowNanos = nowClockNanos;
        c.clockState = m.clockState();
        long queued = compensate ? queuedNanos(c, m, blocked, nowClockNanos) : 0;
        if (m.hasEcho() && compensate) {
            // An answer that asks for the next one: echoed by this peer's next SYNC (outgoing).
            if (c.unanswered.size() >= UNANSWERED_MAX) {
                c.unanswered.poll();
            }
            c.unanswered.add(new long[] {m.sentClockNanos(), nowClockNanos, queued});
        }
        long oneWay;
        if (m.hasEcho()) {
            long rtt = Math.max(0, nowClockNanos - m.echoClockNanos() - m.heldNanos());
            if (c.rttNanos >= 0) {
                c.rttDevNanos += RTT_GAIN * (Math.abs(rtt - c.rttNanos) - c.rttDevNanos);
            }
            c.rttNanos = c.rttNanos < 0 ? rtt : c.rttNanos + RTT_GAIN * (rtt - c.rttNanos);
            // Each half of the round trip without what it waited behind other frames
            // (QueuedDelay): the outward half as the neighbour reckons it, this one as we do.
            long outward = Math.min(m.echoQueuedNanos(), rtt);
            oneWay = (rtt - outward + queued) / 2;
        } else {
            oneWay = c.rttNanos < 0 ? -1 : (long) (c.rttNanos / 2);
        }
        if (!compensate) {
            oneWay = 0;
        }
        if (oneWay < 0) {
            return !m.hasEcho();
        }
        if (!compensate) {
            // The paper's rule: every neighbour's time counts.
            adjust(c, m.networkNanos() - networkNanos(nowClockNanos));
            synced = true;
            return !m.hasEcho();
        }
        if (m.clockState() == SyncMessage.UNSYNCED) {
            return !m.hasEcho();
        }
        long ahead = smoothedAhead(c, m, oneWay, nowClockNanos);
        if (Math.abs(ahead) > tickNanos / 2) {
            // Clocks half a tick apart or more: loud until they agree again (a quiet link's one
            // SYNC a second would close the gap ten times slower).
            c.loudUntilNanos = nowClockNanos + Limits.SYNC_LOUD_SECONDS * 1_000_000_000L;
        }
        if (ahead <= stepNanosMax) {
            c.farLeadNanos = 0; // A far lead must hold on every sample of the link.
        }
        if (!synced) {
            c.joinLeadNanos = ahead;
            c.joinSampled = true;
            long lead = joinLead(nowClockNanos);
            if (lead == Long.MIN_VALUE) {
                return !m.hasEcho(); // Waiting a little for a second neighbour's word.
            }
            adjust(c, lead);
            synced = true;
        } else if (m.clockState() == SyncMessage.SETTLED || !settled) {
            adjust(c, ahead);
            synced = true;
        } else if (ahead > largeLead(c)) {
            // A joiner that came from a part of the network ahead; one far ahead is not followed
            // until it is settled (one hostile neighbour's joiner must not carry its peers off).
            moveFor(c, ahead);
        }
        // Settling counts only samples that agree with this peer's time (a joiner carried far off
        // by one neighbour stays unsettled while its settled neighbours disagree).
        if (m.clockState() == SyncMessage.SETTLED && !settled && Math.abs(ahead) <= largeLead(c)
                && ++settledSamples >= SAMPLES_BEFORE_JUMP) {
            settled = true;
        }
        return !m.hasEcho();
    }

    /**
     * How long {@code m} is reckoned to have waited behind earlier frames (0 unless it arrived
     * right behind one: {@link QueuedDelay}), from its delay in true time: what it seemed,
     * corrected by the link's current offset. Before the link's first sample there is no offset.
     */
    private static long queuedNanos(LinkClock c, SyncMessage m, boolean blocked, long nowClockNanos) {
        double offset = c.offset.offsetNanos(nowClockNanos, Math.max(1, c.rttDevNanos));
        if (Double.isNaN(offset)) {
            return 0;
        }
        double delay = nowClockNanos - m.sentClockNanos() + offset;
        return Math.max(0, (long) c.queuedDelay.excessNanos(delay, blocked));
    }

    /** A frame other than a SYNC came from {@code peerId}: a SYNC right behind it waited for it. */
    public void frameArrived(long peerId, long nowClockNanos) {
        LinkClock c = links.get(peerId);
        if (c != null) {
            c.lastArrivalNanos = nowClockNanos;
        }
    }

    /**
     * How far the neighbour's time is ahead of ours, from the long-run average of the offset
     * between the two processes' clocks. That offset does not change when either peer moves its
     * time (each SYNC carries the sender's clock and its time, so its epoch is known exactly),
     * so its samples can be averaged over many exchanges without lagging behind corrections:
     * the per-sample noise of the one-way delay (jitter/√2) averages out instead of moving
     * the clock. Drifting clocks change it steadily; {@link LinkOffset} fits that rate.
     */
    private long smoothedAhead(LinkClock c, SyncMessage m, long oneWay, long nowClockNanos) {
        c.offset.add(nowClockNanos, m.sentClockNanos() + oneWay - nowClockNanos);
        double offsetNanos = c.offset.offsetNanos(nowClockNanos, Math.max(1, c.rttDevNanos));
        long neighbourEpoch = m.sentClockNanos() - m.networkNanos();
        return (long) offsetNanos - neighbourEpoch + epochClockNanos;
    }

    /**
     * Moves this peer's time given that a neighbour seems {@code aheadNanos} ahead. The first
     * estimate is taken whole if ahead (the network's time is its greatest: a joiner jumps to
     * it), and so is any large lead; a large lag is a neighbour still catching up, ignored.
     * Otherwise each link keeps a smoothed estimate; a smoothed lead beyond the jump
     * threshold (a healed partition, a peer that ran alone) is taken whole, while small
     * differences either way are noise around agreement: each sample moves the clock a small
     * fraction of the way, so neighbours' clocks average out instead of ratcheting forward on
     * noisy samples. A clock moved back only pauses ticking; it never undoes a tick.
     */
    private void adjust(LinkClock c, long aheadNanos) {
        if (!synced) {
            c.aheadNanos = aheadNanos;
            if (aheadNanos > 0) {
                move(aheadNanos);
            }
            return;
        }
        // Thresholds scale with the uncertainty of the estimate: the link's measured jitter
        // (what is noise at 500 ms ± 100 ms is a real lead at 5 ms ± 1 ms), shrunk by the
        // averaging of the clock offset over many samples when compensating.
        double range = largeLead(c);
        double jump = compensate ? Math.max(jumpThresholdNanos, 4 * noise(c))
                : Math.max(jumpThresholdNanos, 1.5 * c.rttDevNanos);
        if (aheadNanos < -range) {
            // Far behind: a neighbour still catching up (a joiner); it comes to us, not we to it.
            return;
        }
        if (aheadNanos > range) {
            moveFor(c, aheadNanos);
            return;
        }
        // Compensating, the lead is already an average over the link's samples (smoothedAhead);
        // smoothing it again would keep the first, noisiest samples' error around for long.
        c.aheadNanos = compensate || Double.isNaN(c.aheadNanos) ? aheadNanos
                : c.aheadNanos + AHEAD_GAIN * (aheadNanos - c.aheadNanos);
        // A peer still settling follows its neighbours from the first sample; a settled one
        // waits until a new link's average means something.
        boolean confident = !compensate || !settled || c.offset.samples() >= SAMPLES_BEFORE_JUMP;
        if (!confident) {
            return;
        }
        if (c.aheadNanos > jump) {
            moveFor(c, (long) c.aheadNanos);
        } else if (compensate) {
            boolean startingUp = c.nowNanos - startClockNanos < START_UP_SECONDS * 1_000_000_000L;
            double gain = aheadNanos < 0 && startingUp ? START_UP_BEHIND_GAIN : AVERAGING_GAIN;
            moveFor(c, (long) (aheadNanos * gain));
        }
    }

    /** The uncertainty of a link's lead estimate: its jitter, shrunk by the averaging. */
    private static double noise(LinkClock c) {
        double weight = Math.max(OFFSET_GAIN, 1.0 / Math.max(1, c.offset.samples()));
        return c.rttDevNanos * Math.sqrt(weight);
    }

    /** A difference beyond this is no noise: a lead is taken whole, a lag ignored. */
    private double largeLead(LinkClock c) {
        return Math.max(AVERAGING_RANGE_TICKS * tickNanos, 6 * (compensate ? noise(c) : c.rttDevNanos));
    }

    /**
     * The lead a joiner takes: with one link, its neighbour's; with more, once two have answered
     * (or {@link Limits#SYNC_JOIN_WAIT_MS} after the first did), the second largest, so that a
     * single neighbour far ahead of the others does not carry it off. {@code Long.MIN_VALUE}
     * while it waits.
     */
    private long joinLead(long nowClockNanos) {
        if (joinFirstSampleNanos == Long.MIN_VALUE) {
            joinFirstSampleNanos = nowClockNanos;
        }
        long first = Long.MIN_VALUE;
        long second = Long.MIN_VALUE;
        int samples = 0;
        for (LinkClock l : links.values()) {
            if (l.joinSampled) {
                samples++;
                if (l.joinLeadNanos > first) {
                    second = first;
                    first = l.joinLeadNanos;
                } else if (l.joinLeadNanos > second) {
                    second = l.joinLeadNanos;
                }
            }
        }
        boolean waited = nowClockNanos - joinFirstSampleNanos >= Limits.SYNC_JOIN_WAIT_MS * 1_000_000L;
        if (links.size() > 1 && samples < 2 && !waited) {
            return Long.MIN_VALUE;
        }
        return samples >= 2 ? second : first;
    }

    /**
     * Whether every field of {@code m} is within {@link Limits#SYNC_NANOS_ABS_MAX} (so that no sum
     * or difference of them and our clock overflows), its hold time within
     * {@link Limits#SYNC_HELD_SECONDS_MAX} and its echo, if any, of a request sent at most that
     * long ago.
     */
    private static boolean inRange(SyncMessage m, long nowClockNanos) {
        long max = Limits.SYNC_NANOS_ABS_MAX;
        long heldMax = Limits.SYNC_HELD_SECONDS_MAX * 1_000_000_000L;
        if (Math.abs(m.networkNanos()) > max || Math.abs(m.sentClockNanos()) > max
                || Math.abs(m.echoClockNanos()) > max || Math.abs(nowClockNanos) > max) {
            return false;
        }
        if (m.echoQueuedNanos() < 0 || m.echoQueuedNanos() > heldMax) {
            return false;
        }
        if (!m.hasEcho()) {
            return m.heldNanos() == SyncMessage.NO_ECHO;
        }
        long sinceEcho = nowClockNanos - m.echoClockNanos();
        return m.heldNanos() <= heldMax && sinceEcho >= 0 && sinceEcho <= heldMax;
    }

    /**
     * Moves this peer's time by {@code nanos} on the word of link {@code c}, within the bounds:
     * a joiner takes it whole; otherwise a move beyond one step waits for other links to agree
     * (or, with a single link, steps), and every move comes out of the link's budget.
     */
    private void moveFor(LinkClock c, long nanos) {
        if (!compensate || !synced) {
            move(nanos);
            return;
        }
        if (nanos > stepNanosMax) {
            if (c.farLeadNanos <= 0) {
                c.farLeadSinceNanos = c.nowNanos;
            }
            c.farLeadNanos = nanos;
            c.farLeadAtNanos = c.nowNanos;
            long agreed = agreedFarLead(c.nowNanos);
            if (agreed > 0) {
                move(agreed);
                return;
            }
            if (c.nowNanos - c.farLeadSinceNanos < Limits.SYNC_FAR_LEAD_SECONDS * 1_000_000_000L) {
                refused++;
                return;
            }
            if (links.size() == 1) {
                // Its only neighbour, holding the lead for long: a peer that founded a time of its
                // own behind a partition, now back. (Were it hostile, it is all this peer sees;
                // there is no one else it could drag along.)
                move(nanos);
                return;
            }
            // Held for long by one link alone among several (islands that founded apart, or a
            // hostile neighbour): one step at a time, within the link's budget.
            nanos = stepNanosMax;
        }
        c.refill();
        long spend = Math.min(Math.abs(nanos), c.moveTokensNanos);
        if (spend <= 0) {
            refused++;
            return;
        }
        c.moveTokensNanos -= spend;
        move(nanos < 0 ? -spend : spend);
    }

    /**
     * The smallest far lead reported lately, when {@link Limits#SYNC_FAR_LEAD_LINKS_MIN} links or
     * more report one (then forgotten: the move is made once); else 0.
     */
    private long agreedFarLead(long nowClockNanos) {
        long window = Limits.SYNC_FAR_LEAD_SECONDS * 1_000_000_000L;
        int count = 0;
        long smallest = Long.MAX_VALUE;
        for (LinkClock l : links.values()) {
            if (l.farLeadNanos > stepNanosMax && nowClockNanos - l.farLeadAtNanos <= window) {
                count++;
                smallest = Math.min(smallest, l.farLeadNanos);
            }
        }
        if (count < Limits.SYNC_FAR_LEAD_LINKS_MIN) {
            return 0;
        }
        for (LinkClock l : links.values()) {
            l.farLeadNanos = 0;
        }
        return smallest;
    }

    /** Moves this peer's time forward by {@code nanos} (back, if negative). */
    private void move(long nanos) {
        epochClockNanos -= nanos;
        adjustments++;
        adjustedNanosTotal += Math.abs(nanos);
        for (LinkClock c : linkClocks) {
            c.aheadNanos -= nanos;
        }
    }

    private void relist() {
        linkClocks = links.values().toArray(new LinkClock[0]);
    }

    private LinkClock clockOf(long peerId) {
        LinkClock c = links.get(peerId);
        if (c == null) {
            c = new LinkClock(stepNanosMax);
            links.put(peerId, c);
            relist();
        }
        return c;
    }

    /** What this peer knows of one neighbour's clock. */
    private static final class LinkClock {
        private final long budgetNanos;
        /** Moves this link may still cause, refilled at budget per SYNC_MOVE_BUDGET_SECONDS. */
        long moveTokensNanos;
        long refilledAtNanos = Long.MIN_VALUE;
        /** The clock when its last SYNC arrived. */
        long nowNanos;
        /** Loud until then: it showed a large lead (MIN_VALUE: never); and whether it is quiet now. */
        long loudUntilNanos = Long.MIN_VALUE;
        boolean quiet;
        /** Its last lead beyond one step (0: none), when it was seen, and since when it holds. */
        long farLeadNanos;
        long farLeadAtNanos;
        long farLeadSinceNanos;
        /** What its last SYNC said of its time ({@link SyncMessage#UNSYNCED} and up), or -1: none yet. */
        int clockState = -1;
        /** A joiner's lead estimate from this link, and whether it has one. */
        long joinLeadNanos;
        boolean joinSampled;
        /** SYNCs taken in the current second, and when that second began. */
        int syncsThisSecond;
        long secondStartNanos = Long.MIN_VALUE;

        LinkClock(long budgetNanos) {
            this.budgetNanos = budgetNanos;
            this.moveTokensNanos = budgetNanos;
        }

        /** Whether one more SYNC may be taken now (at most SYNCS_PER_LINK_PER_SECOND_MAX a second). */
        boolean allows(long nowClockNanos) {
            if (secondStartNanos == Long.MIN_VALUE || nowClockNanos - secondStartNanos >= 1_000_000_000L) {
                secondStartNanos = nowClockNanos;
                syncsThisSecond = 0;
            }
            return ++syncsThisSecond <= Limits.SYNCS_PER_LINK_PER_SECOND_MAX;
        }

        void refill() {
            if (refilledAtNanos == Long.MIN_VALUE) {
                refilledAtNanos = nowNanos;
                return;
            }
            long elapsed = Math.max(0, nowNanos - refilledAtNanos);
            refilledAtNanos = nowNanos;
            double earned = (double) elapsed * budgetNanos / (Limits.SYNC_MOVE_BUDGET_SECONDS * 1e9);
            moveTokensNanos = (long) Math.min(budgetNanos, moveTokensNanos + earned);
        }

        double rttNanos = -1;
        /** Smoothed mean deviation of the round trip (as TCP's RTTVAR): the link's noise. */
        double rttDevNanos;
        /** Smoothed estimate of how far the neighbour is ahead (NaN: none yet). */
        double aheadNanos = Double.NaN;
        /** The offset of the neighbour's clock from ours (its clock − ours) and its drift. */
        final LinkOffset offset = new LinkOffset(OFFSET_WINDOW_SAMPLES, RATE_WINDOW_SAMPLES);
        /** Its SYNCs' delays to us, to tell how long those that came right behind another frame waited. */
        final QueuedDelay queuedDelay = new QueuedDelay(OFFSET_WINDOW_SAMPLES);
        /** When its last frame arrived (MIN_VALUE: none yet). */
        long lastArrivalNanos = Long.MIN_VALUE;
        /**
         * The neighbour's SYNCs to echo: its clock when sent, ours when they arrived, and how
         * long each is reckoned to have queued on the way (returned with the echo).
         */
        final ArrayDeque<long[]> unanswered = new ArrayDeque<>();
    }
}
