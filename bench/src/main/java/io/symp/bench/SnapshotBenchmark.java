package io.symp.bench;

import io.symp.app.State;
import io.symp.travel.SnapshotRing;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;

/**
 * A snapshot into the ring against a plain array copy of the same size, measured together, for
 * the state of a {@link SizedApp} of 64 B to 1 MiB (plus the state's 8-byte header).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@org.openjdk.jmh.annotations.State(Scope.Thread)
public class SnapshotBenchmark {
    @Param({"64", "1024", "65536", "1048576"})
    public int stateBytes;

    private State state;
    private SnapshotRing ring;
    private byte[] copy;
    private long tick;

    @Setup
    public void setUp() {
        SizedApp app = new SizedApp(stateBytes);
        state = new State(app.info().stateSize());
        app.start(state);
        ring = new SnapshotRing(1, 8, state.region().length);
        copy = new byte[state.region().length];
    }

    @Benchmark
    public SnapshotRing snapshot() {
        ring.save(tick++, state);
        return ring;
    }

    @Benchmark
    public byte[] arrayCopy() {
        System.arraycopy(state.region(), 0, copy, 0, copy.length);
        return copy;
    }
}
