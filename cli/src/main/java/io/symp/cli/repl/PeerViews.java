package io.symp.cli.repl;

import io.symp.app.AppInfo;
import io.symp.app.Event;
import io.symp.app.EventType;
import io.symp.app.State;
import io.symp.check.StateDiff;
import io.symp.hash.StateHash;
import io.symp.net.Traffic;
import io.symp.peer.Peer;
import io.symp.peer.Snapshots;
import io.symp.travel.TravelStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the REPL shows of a peer, as text: state, snapshots, timeline, stats. Every method runs on
 * the peer's thread (called through {@code PeerThread.call}) and never changes the live state.
 */
final class PeerViews {
    private PeerViews() {
    }

    /** The state now ({@code tick} null) or at a past tick; null when the tick is out of reach. */
    static String state(Peer peer, Long tick) {
        long at = tick == null ? peer.tick() : tick;
        State s = peer.stateAt(at);
        return s == null ? null : describe(peer, at, s);
    }

    private static String describe(Peer peer, long tick, State s) {
        return "tick " + tick + " hash " + StateHash.hex(s.hash()) + " "
                + StateDiff.describe(peer.appInfo(), s);
    }

    static String snapshots(Peer peer) {
        Snapshots ring = peer.snapshots();
        List<Long> ticks = ring.ticks();
        return "snapshots every " + ring.interval() + " ticks, " + ring.slots() + " slots, reach "
                + ring.reachTicks() + " ticks; held " + ticks.size() + ": " + abbreviate(ticks);
    }

    private static String abbreviate(List<Long> ticks) {
        if (ticks.size() <= 12) {
            return ticks.toString();
        }
        return ticks.subList(0, 6) + " ... " + ticks.subList(ticks.size() - 6, ticks.size());
    }

    /** One line per event held between the ticks (inclusive). */
    static List<String> timeline(Peer peer, LateEvents late, long from, long to) {
        AppInfo info = peer.appInfo();
        List<String> result = new ArrayList<>();
        for (Event e : peer.eventsBetween(from, to)) {
            EventType t = info.eventType(e.type());
            String args = t.formatArgs(e);
            result.add(String.format(Locale.ROOT, "tick %d origin %s seq %d %s%s (%s)", e.tick(),
                    Long.toUnsignedString(e.origin()), e.seq(), t.name(),
                    args.isEmpty() ? "" : " " + args, late.describe(e)));
        }
        return result;
    }

    static String stats(Peer peer, double seconds) {
        TravelStats s = peer.stats();
        return String.format(Locale.ROOT, "tick %d (%d fps, pace %.1f ticks/s), ticks live %d,"
                + " travelled %d; events %d (late %d, refused %d, skipped %d); rollbacks %d (%.2f%%, max depth"
                + " %d); delta %d ticks (%s); links %d; divergences %d; sync-test %s", peer.tick(),
                peer.config().fps(), seconds > 0 ? s.ticksLive() / seconds : 0.0,
                s.ticksLive(), s.ticksTravelled(), s.eventsApplied(), s.eventsLate(),
                s.eventsRefused(), s.eventsSkipped(), s.rollbacks(), s.rollbackPct(), s.maxDepth(), peer.deltaTicks(),
                peer.config().rollbackBudget() > 0 ? "auto" : "fixed", peer.links().size(),
                peer.divergences(), peer.syncTestOn() ? "on" : "off");
    }

    /** Bytes on the wire, e.g. {@code bytes sent 12.3 KiB (410 B/s), received ...}. */
    static String traffic(Traffic t) {
        return "bytes sent " + bytes(t.bytesSent()) + " (" + bytes(t.sentPerSecond()) + "/s), received "
                + bytes(t.bytesReceived()) + " (" + bytes(t.receivedPerSecond()) + "/s)";
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        double v = n;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
