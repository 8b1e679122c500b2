package io.symp.bench;

import io.symp.app.Apps;
import io.symp.app.Event;
import io.symp.travel.TimeMachine;
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
 * A late {@code move} event {@code depth} ticks in the past, then the repair (restore the
 * snapshot before it, re-simulate to now), with snapshots every 32 ticks. The machine moves on
 * one tick per operation so every rollback starts from a fresh present.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@org.openjdk.jmh.annotations.State(Scope.Thread)
public class RollbackBenchmark {
    @Param({"1", "10", "100", "1000"})
    public int depth;

    private TimeMachine machine;
    private long seq;

    @Setup
    public void setUp() {
        machine = new TimeMachine(Apps.builtIn().create("move"), 32, 64);
        machine.advanceTo(5_000);
    }

    @Benchmark
    public long lateEventAndRepair() {
        machine.accept(new Event(machine.tick() - depth + 1, 7, ++seq, (int) (seq % 5)));
        machine.advanceTo(machine.tick() + 1);
        if ((seq & 1023) == 0) {
            machine.fold();
        }
        return machine.tick();
    }
}
