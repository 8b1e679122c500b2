package io.symp.replay;

import io.symp.peer.Peer;
import io.symp.record.LogHeader;
import io.symp.record.Recorder;
import io.symp.record.StateFault;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records a {@link PeerNet} run: one log per peer, optionally with a flipped state byte. */
final class Logs {
    private Logs() {}

    /** Runs {@code peers} peers for {@code ticks}; peer index {@code faulty} flips at faultTick. */
    static List<Path> record(Path dir, long seed, int peers, long ticks, int faulty,
                             long faultTick) throws IOException {
        return record(new PeerNet(seed, peers), dir, seed, ticks, faulty, faultTick);
    }

    /** The same over {@code net}'s peers. */
    static List<Path> record(PeerNet net, Path dir, long seed, long ticks, int faulty,
                             long faultTick) throws IOException {
        int peers = net.peers.size();
        List<Recorder> recorders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < peers; i++) {
            Peer p = net.peers.get(i);
            if (i == faulty) {
                p.addListener(new StateFault(p, faultTick, 0));
            }
            Path file = dir.resolve("peer" + i + ".symplog");
            Recorder r = Recorder.open(file, LogHeader.of(p, "test" + seed, 0));
            p.addListener(r);
            recorders.add(r);
            files.add(file);
        }
        net.connectAll();
        net.run(ticks, 0.3);
        for (Recorder r : recorders) {
            r.close();
        }
        return files;
    }
}
