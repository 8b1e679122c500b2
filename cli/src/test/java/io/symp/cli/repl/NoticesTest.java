package io.symp.cli.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.symp.peer.Link;
import io.symp.wire.Message;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticesTest {
    private static final Link LINK = new Link() {
        @Override
        public long peerId() {
            return 7;
        }

        @Override
        public void send(Message message) {
        }

        @Override
        public void close(String reason) {
        }

        @Override
        public String describe() {
            return "127.0.0.1:7001";
        }
    };

    @Test
    void shouldReportDeepRollbacksLinksAndDivergencesInOneLineEach() {
        List<String> lines = new ArrayList<>();
        Notices notices = new Notices(lines::add, () -> null);
        notices.travelled(100, 95, 64);
        notices.travelled(100, 80, 64);
        notices.linkUp(LINK);
        notices.linkDown(LINK, "closed");
        notices.divergence(50, 1, 2, LINK);
        assertEquals(List.of(
                "! rollback from tick 100 to 80 (depth 20, snapshot 64)",
                "! link up: peer 7 at 127.0.0.1:7001",
                "! link down: peer 7 (closed)",
                "! divergence at tick 50: ours 0000000000000001, peer 7 has 0000000000000002"),
                lines);
    }
}
