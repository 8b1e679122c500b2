package io.symp.bench;

import io.symp.app.Apps;
import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.peer.Peer;
import io.symp.peer.PeerConfig;
import io.symp.travel.TimeMachine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * The cost of one tick of {@code move}: the app's own tick (the baseline), one tick through the
 * time machine (snapshots every 32 ticks included), and one tick through a whole peer driven
 * by a clock that moves one tick per call. The difference is the engine's overhead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
@org.openjdk.jmh.annotations.State(Scope.Thread)
public class TickBenchmark {
    private SymmetricApp app;
    private State raw;
    private TimeMachine machine;
    private Peer peer;
    private long clockNanos;

    @Setup
    public void setUp() {
        app = Apps.builtIn().create("move");
        raw = new State(app.info().stateSize());
        app.start(raw);
        machine = new TimeMachine(Apps.builtIn().create("move"), 32, 2048);
        PeerConfig config = PeerConfig.defaults(1).withSyncWaitTicks(0);
        peer = new Peer(config, Apps.builtIn().create("move"), () -> clockNanos);
    }

    @Benchmark
    public State rawAppTick() {
        app.tick(raw);
        return raw;
    }

    @Benchmark
    public long timeMachineTick() {
        machine.advanceTo(machine.tick() + 1);
        return machine.tick();
    }

    @Benchmark
    public long peerTick() {
        clockNanos += 20_000_000L;
        peer.advance();
        return peer.tick();
    }
}
