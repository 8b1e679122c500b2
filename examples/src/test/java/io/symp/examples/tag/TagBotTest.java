package io.symp.examples.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.symp.record.LogReader;
import io.symp.replay.ReplayResult;
import io.symp.replay.Replayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding program: three bots over loopback TCP play, agree, and record replayable logs. */
class TagBotTest {
    @TempDir
    Path dir;

    @Test
    void shouldHaveThreeBotsAgreeAndRecordLogsThatReplay() throws Exception {
        List<TagBot> bots = new ArrayList<>();
        try {
            TagBot first = TagBot.start(1, 0, 0, dir.resolve("bot1.symplog"));
            bots.add(first);
            for (long id = 2; id <= 3; id++) {
                bots.add(TagBot.start(id, 0, first.peer().port(), dir.resolve("bot" + id + ".symplog")));
            }
            TagAppTest.await("three players everywhere", 15_000, () -> bots.stream()
                    .allMatch(b -> Scoreboard.players(b.peer().latest().state()) == 3));
            Thread.sleep(2000);
            for (TagBot b : bots) {
                b.stopMoving();
            }
            Thread.sleep(1000);
            long common = bots.stream().mapToLong(b -> b.peer().tick()).min().orElseThrow() - 10;
            long hash = bots.get(0).peer().stateAt(common).hash();
            for (TagBot b : bots) {
                assertEquals(hash, b.peer().stateAt(common).hash(), "bot " + b.peer().id() + " at " + common);
                assertEquals(0, b.peer().divergences());
            }
        } finally {
            for (TagBot b : bots) {
                b.close();
            }
        }
        for (int id = 1; id <= 3; id++) {
            ReplayResult r = new Replayer(LogReader.read(dir.resolve("bot" + id + ".symplog")), new TagApp()).run();
            assertTrue(r.clean(), "bot " + id + ": " + r.firstMismatch() + " " + r.mismatch());
            assertTrue(r.events() > 3, "joins and moves recorded: " + r.events() + " in bot " + id);
        }
    }
}
