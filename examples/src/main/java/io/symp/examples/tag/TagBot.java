package io.symp.examples.tag;

import io.symp.app.StateView;
import io.symp.embed.SympListener;
import io.symp.embed.SympPeer;
import io.symp.embed.SympPeerBuilder;
import io.symp.embed.TickState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedding program: one player of {@link TagApp} driven by a bot, in a plain Java program.
 * It starts a {@link SympPeer}, joins the game, and five times a second steps towards the
 * player who is "it" (or away, when it is "it" itself), reading the latest state; the peer
 * does the rest (clock, flooding, rollbacks, recording).
 */
public final class TagBot implements AutoCloseable {
    private final SympPeer peer;
    private final ScheduledExecutorService bot;
    private final Random random;
    private final AtomicLong rollbacks = new AtomicLong();

    private TagBot(SympPeer peer, long seed) {
        this.peer = peer;
        this.random = new Random(seed);
        this.bot = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tag-bot");
            t.setDaemon(true);
            return t;
        });
        peer.addListener(new SympListener() {
            @Override
            public void rolledBack(long fromTick, long toTick) {
                rollbacks.incrementAndGet();
            }
        });
    }

    /**
     * Starts a player: listening on {@code port} (0: any), joining {@code joinPort} on loopback
     * (0: nobody, it founds the game), recording to {@code recording} (null: no recording).
     */
    public static TagBot start(long id, int port, int joinPort, Path recording) throws IOException {
        SympPeerBuilder b = SympPeer.builder(new TagApp()).id(id).session("tag").listen("127.0.0.1", port);
        if (joinPort > 0) {
            b.join("127.0.0.1", joinPort);
        }
        if (recording != null) {
            b.record(recording);
        }
        TagBot player = new TagBot(b.start(), id);
        player.peer.emit("join");
        player.bot.scheduleAtFixedRate(player::step, 200, 200, TimeUnit.MILLISECONDS);
        return player;
    }

    /** The peer, for its state and port. */
    public SympPeer peer() {
        return peer;
    }

    /** Rollbacks seen so far (late events from the other players). */
    public long rollbacks() {
        return rollbacks.get();
    }

    /** Stops moving; the peer keeps running (and agreeing) until {@link #close()}. */
    public void stopMoving() throws InterruptedException {
        bot.shutdown();
        bot.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void step() {
        StateView s = peer.latest().state();
        int me = TagApp.slotOf(s, peer.origin());
        int it = TagApp.IT.get(s);
        if (me < 0 || it < 0) {
            return;
        }
        int dx;
        int dy;
        if (me == it) {
            int prey = (it + 1 + random.nextInt(TagApp.PLAYERS_MAX)) % TagApp.PLAYERS_MAX;
            dx = TagApp.JOINED.get(s, prey) == 1 ? Integer.signum(TagApp.X.get(s, prey) - TagApp.X.get(s, me)) : 0;
            dy = TagApp.JOINED.get(s, prey) == 1 ? Integer.signum(TagApp.Y.get(s, prey) - TagApp.Y.get(s, me)) : 0;
        } else {
            dx = random.nextInt(3) - 1;
            dy = random.nextInt(3) - 1;
        }
        peer.emit("move", dx, dy);
    }

    @Override
    public void close() throws InterruptedException {
        stopMoving();
        peer.close();
    }

    /**
     * {@code TagBot ID PORT [JOIN-PORT [RECORDING [SECONDS]]]}: plays for SECONDS (default 10),
     * printing the scoreboard every second, then the final tick and state hash.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TagBot ID PORT [JOIN-PORT [RECORDING [SECONDS]]]");
            System.exit(2);
        }
        int joinPort = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path recording = args.length > 3 && !args[3].equals("-") ? Path.of(args[3]) : null;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        PrintStream out = System.out;
        try (TagBot player = start(Long.parseLong(args[0]), Integer.parseInt(args[1]), joinPort, recording)) {
            out.println("tag bot " + args[0] + " on port " + player.peer().port());
            for (int i = 0; i < seconds; i++) {
                Thread.sleep(1000);
                TickState now = player.peer().latest();
                out.println("tick " + now.tick() + ": " + Scoreboard.describe(now.state()));
            }
            player.stopMoving();
            Thread.sleep(2000);
            long tick = player.peer().tick() - 50;
            out.printf("tick %d hash %016x (rollbacks %d)%n", tick, player.peer().stateAt(tick).hash(),
                    player.rollbacks());
        }
    }
}
