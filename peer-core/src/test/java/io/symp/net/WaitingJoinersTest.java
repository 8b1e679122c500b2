package io.symp.net;

import static io.symp.net.TestPeers.assertAgree;
import static io.symp.net.TestPeers.await;
import static io.symp.net.TestPeers.emit;

import io.symp.peer.Limits;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Networks in which every peer is a joiner (started to join others, as with {@code --join}),
 * over real loopback TCP: two peers that list each other, and a line of three whose lowest id
 * is in the middle. Before, nobody founded the time and every peer held at tick 0 for ever (a
 * network restarted whole by its service managers never started again); now the lowest id
 * among waiting neighbours founds it after {@link Limits#WAITING_JOINERS_FOUND_SECONDS}, the
 * others take it from there, and events flow and agree.
 */
class WaitingJoinersTest {
    private static final long WAIT_MS = (Limits.WAITING_JOINERS_FOUND_SECONDS + 15) * 1000L;
    private final TestPeers peers = new TestPeers();

    @AfterEach
    void closeAll() {
        peers.close();
    }

    @Test
    void shouldStartTwoJoinersThatDialEachOther() throws Exception {
        NetworkPeer a = peers.peer(1, TransportConfig.open("waiting"), true);
        NetworkPeer b = peers.peer(2, TransportConfig.open("waiting"), true);
        int portA = a.start("127.0.0.1", 0);
        int portB = b.start("127.0.0.1", 0);
        a.join("127.0.0.1", portB);
        b.join("127.0.0.1", portA);
        awaitTime(List.of(a, b));
        emit(a, 1);
        emit(b, 2);
        assertAgree(List.of(a, b), 2);
    }

    @Test
    void shouldStartALineOfJoinersFromItsLowestId() throws Exception {
        NetworkPeer left = peers.peer(20, TransportConfig.open("waiting"), true);
        NetworkPeer middle = peers.peer(10, TransportConfig.open("waiting"), true);
        NetworkPeer right = peers.peer(30, TransportConfig.open("waiting"), true);
        int portMiddle = middle.start("127.0.0.1", 0);
        left.start("127.0.0.1", 0);
        int portRight = right.start("127.0.0.1", 0);
        left.join("127.0.0.1", portMiddle);
        middle.join("127.0.0.1", portRight);
        List<NetworkPeer> all = List.of(left, middle, right);
        awaitTime(all);
        for (int i = 0; i < all.size(); i++) {
            emit(all.get(i), i);
        }
        assertAgree(all, 3);
    }

    private static void awaitTime(List<NetworkPeer> group) throws InterruptedException {
        await("every joiner holds the time", WAIT_MS,
                () -> group.stream().allMatch(p -> p.call(() -> p.peer().clockSynced())));
    }
}
