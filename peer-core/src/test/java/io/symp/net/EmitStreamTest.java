package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.app.AppInfo;
import io.symp.app.builtin.MoveApp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmitStreamTest {
    private static final AppInfo MOVE = new MoveApp().info();
    private static final int PEERS = 21;
    private static final int DRAWS = 20;

    @Test
    void shouldEmitDifferentStreamsForPeersGivenTheSameSeed() {
        Set<List<String>> streams = new HashSet<>();
        for (long id = 0; id < PEERS; id++) {
            streams.add(draws(1, id));
        }
        assertEquals(PEERS, streams.size(), "21 peers given --seed 1 must draw 21 different streams");
    }

    @Test
    void shouldEmitDifferentStreamsWhenEachPeerIsSeededWithItsOwnId() {
        // What docs/experiments/paper-21-tcp.sh passed (--seed $id): with seed ^ id every peer
        // drew from seed 0.
        Set<List<String>> streams = new HashSet<>();
        for (long id = 0; id < PEERS; id++) {
            streams.add(draws(id, id));
        }
        assertEquals(PEERS, streams.size(), "21 peers given --seed equal to their id must draw 21 different streams");
    }

    @Test
    void shouldEmitTheSameStreamForTheSameSeedAndPeer() {
        assertEquals(draws(7, 3), draws(7, 3));
    }

    private static List<String> draws(long seed, long id) {
        EmitStream stream = new EmitStream(seed, id, MOVE, 60);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < DRAWS; i++) {
            EmitStream.Draw d = stream.next();
            out.add(d.gapNanos() + " " + d.type() + " " + d.args());
        }
        return out;
    }
}
