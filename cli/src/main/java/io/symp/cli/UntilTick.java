package io.symp.cli;

import io.symp.net.NetworkPeer;
import io.symp.peer.Limits;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * When {@code symp peer --until-tick T} may print T's hash: once Δ and two seconds of ticks
 * have passed beyond T (time for any event stamped at or before T to cross the network, and
 * for several HAVE rounds to repair what did not), and every neighbour has reported holding the
 * same events through T. Time alone is no proof: on a loaded machine an event can arrive later
 * than any margin, and a peer that printed before it would disagree with one that printed
 * after. Two neighbours that report the same events through a checkpoint at or after T have
 * simulated T from the same events, and so printed the same hash; a neighbour that never does
 * within {@link Limits#UNTIL_TICK_CONFIRM_SECONDS_MAX} is named, and the run exits 1. So does a
 * peer whose neighbours all left before any of them confirmed T: a peer that joined late and
 * was left alone with part of the history would otherwise print its own hash as if agreed.
 */
final class UntilTick {
    /** How often it asks, near the end or while waiting for confirmations: the exit's latency. */
    static final long POLL_MILLIS_MIN = 50;
    /**
     * How often it asks while the tick is far: each ask wakes the peer's thread, and at
     * {@link #POLL_MILLIS_MIN} the asking cost an idle peer more than its own ticks did.
     */
    static final long POLL_MILLIS_MAX = 1_000;

    private final NetworkPeer peer;
    private final long tick;
    private final long marginTicks;
    private final boolean dials;
    private final Unlinked unlinked;
    private final long tickMillis;
    private long tickSeen;
    private long confirmDeadlineNanos = -1;
    private long[] unconfirmed = new long[0];
    /** Linked at some time, and no neighbour, present or gone, has confirmed the tick. */
    private boolean confirmedByNone;

    UntilTick(NetworkPeer peer, long tick, boolean dials, Unlinked unlinked) {
        this.peer = peer;
        this.tick = tick;
        this.marginTicks = peer.peer().config().deltaTicks() + 2L * peer.peer().config().fps();
        this.dials = dials;
        this.unlinked = unlinked;
        this.tickMillis = Math.max(1, 1_000 / peer.peer().config().fps());
    }

    /**
     * How long to wait before asking {@link #due} again: until the tick it waits for is near
     * (from the tick seen last), at most {@link #POLL_MILLIS_MAX}, at least {@link #POLL_MILLIS_MIN}.
     */
    long pollMillis() {
        long ticksLeft = tick + marginTicks - tickSeen;
        long millis = ticksLeft > POLL_MILLIS_MAX / tickMillis ? POLL_MILLIS_MAX : ticksLeft * tickMillis;
        return Math.max(POLL_MILLIS_MIN, millis);
    }

    /** Whether the hash may be printed now (confirmed, or the wait for confirmation is over). */
    boolean due() {
        tickSeen = peer.call(() -> peer.peer().tick());
        if (tickSeen < tick + marginTicks) {
            return false;
        }
        if (!unlinked.everLinked()) {
            // A peer that dials waits for its first link (Unlinked gives up, with the reason);
            // one that only listens and was never joined ran alone, as asked.
            return !dials;
        }
        long[] waiting = peer.call(() -> peer.peer().unconfirmedThrough(tick));
        unconfirmed = waiting;
        confirmedByNone = !peer.call(() -> peer.peer().confirmedByAnyThrough(tick));
        if (waiting.length == 0) {
            // Every neighbour linked now confirmed, or none is left: then it is said at once
            // if none ever did (the neighbours it had left before reporting T).
            return true;
        }
        long now = System.nanoTime();
        if (confirmDeadlineNanos < 0) {
            confirmDeadlineNanos = now + Limits.UNTIL_TICK_CONFIRM_SECONDS_MAX * 1_000_000_000L;
        }
        return now >= confirmDeadlineNanos;
    }

    /** Why the printed hash is not confirmed, or null when every neighbour confirmed it. */
    String unconfirmedReason() {
        if (unconfirmed.length == 0) {
            return confirmedByNone ? "tick " + tick + " confirmed by no neighbour: every neighbour it linked with left"
                    + " before reporting the same events through it, so this hash may differ from theirs" : null;
        }
        String ids = Arrays.stream(unconfirmed).mapToObj(Long::toUnsignedString).collect(Collectors.joining(", "));
        return "tick " + tick + " not confirmed within " + Limits.UNTIL_TICK_CONFIRM_SECONDS_MAX
                + " s by neighbour" + (unconfirmed.length > 1 ? "s " : " ") + ids
                + ": they did not report the same events through it";
    }
}
