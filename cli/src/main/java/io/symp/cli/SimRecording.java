package io.symp.cli;

import io.symp.core.UserError;
import io.symp.peer.Peer;
import io.symp.record.LogHeader;
import io.symp.record.Recorder;
import io.symp.record.StateFault;
import io.symp.sim.PeerObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code symp sim} attaches to every simulated peer run: a recorder writing
 * {@code peer<ID>.symplog} (a returning peer's later runs: {@code peer<ID>-<RUN>.symplog}) and,
 * with {@code --fault flip:PEER@TICK}, a flipped state byte on that peer at that tick, for
 * {@code symp bisect} to find. Logs carry start time 0: a simulation's time is virtual.
 */
final class SimRecording implements PeerObserver {
    private static final Pattern FAULT = Pattern.compile("flip:(\\d+)@(\\d+)");

    private final Path dir;
    private final long faultPeer;
    private final long faultTick;
    private final TreeMap<String, Recorder> open = new TreeMap<>();

    SimRecording(Path dir, String fault) {
        this.dir = dir;
        if (fault == null) {
            faultPeer = -1;
            faultTick = -1;
        } else {
            Matcher m = FAULT.matcher(fault);
            if (!m.matches()) {
                throw new UserError("--fault must be flip:PEER@TICK (e.g. flip:3@1500), got '" + fault + "'");
            }
            faultPeer = Long.parseLong(m.group(1));
            faultTick = Long.parseLong(m.group(2));
        }
        if (dir != null) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UserError("cannot create --record-dir " + dir + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void started(long id, int incarnation, Peer peer) {
        if (id == faultPeer && incarnation == 0) {
            // Before the recorder, so that the recorded tick already shows the flip.
            peer.addListener(new StateFault(peer, faultTick, 0));
        }
        if (dir == null) {
            return;
        }
        String name = incarnation == 0 ? "peer" + id + ".symplog" : "peer" + id + "-" + incarnation + ".symplog";
        try {
            Recorder r = Recorder.open(dir.resolve(name), LogHeader.of(peer, "sim", 0));
            peer.addListener(r);
            open.put(id + "/" + incarnation, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
        }
    }

    @Override
    public void stopped(long id, int incarnation, Peer peer) {
        Recorder r = open.remove(id + "/" + incarnation);
        if (r != null) {
            try {
                r.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot finish the log of peer " + id, e);
            }
        }
    }
}
