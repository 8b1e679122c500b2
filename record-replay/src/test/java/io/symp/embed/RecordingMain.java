package io.symp.embed;

import io.symp.app.Apps;
import java.nio.file.Path;

/** An embedding program, run by {@link PlainJvmRecordingTest} in a JVM started without flags. */
public final class RecordingMain {
    private RecordingMain() {}

    public static void main(String[] args) throws Exception {
        try (SympPeer peer = SympPeer.builder(Apps.builtIn().create("counter")).fps(100)
                .record(Path.of(args[0])).start()) {
            for (int i = 1; i <= 5; i++) {
                peer.emit("add", i);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (peer.latest().state().getLong(8) < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            System.out.println("events " + peer.latest().state().getLong(8));
        }
    }
}
