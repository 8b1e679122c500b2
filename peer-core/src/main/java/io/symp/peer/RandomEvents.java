package io.symp.peer;

import io.symp.app.Arg;
import io.symp.app.EventType;
import java.util.SplittableRandom;

/** Random valid arguments for an event type: the workload of the simulator, demo and tests. */
public final class RandomEvents {
    private RandomEvents() {}

    /**
     * Arguments with a declared range: uniform in it. Others: INT and LONG in [-100, 100],
     * CHAR in 'a'..'z'. Every value drawn is one the peer accepts.
     */
    public static long[] args(EventType type, SplittableRandom random) {
        long[] args = new long[type.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = value(type.args().get(i), random);
        }
        return args;
    }

    private static long value(Arg arg, SplittableRandom random) {
        if (arg.ranged()) {
            return uniform(arg.min(), arg.max(), random);
        }
        return switch (arg.kind()) {
            case CHAR -> 'a' + random.nextInt(26);
            default -> random.nextInt(-100, 101);
        };
    }

    /** Uniform in [min, max], both inclusive, for any longs. */
    static long uniform(long min, long max, SplittableRandom random) {
        if (max < Long.MAX_VALUE) {
            return random.nextLong(min, max + 1);
        }
        if (min > Long.MIN_VALUE) {
            return random.nextLong(min - 1, max) + 1;
        }
        return random.nextLong();
    }
}
