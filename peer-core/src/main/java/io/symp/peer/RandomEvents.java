package io.symp.peer;

import io.symp.app.EventType;
import java.util.SplittableRandom;

/** Random valid arguments for an event type: the workload of the simulator, demo and tests. */
public final class RandomEvents {
    private RandomEvents() {}

    /** INT and LONG arguments in [-100, 100], CHAR arguments in 'a'..'z'. */
    public static long[] args(EventType type, SplittableRandom random) {
        long[] args = new long[type.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = switch (type.args().get(i).kind()) {
                case CHAR -> 'a' + random.nextInt(26);
                default -> random.nextInt(-100, 101);
            };
        }
        return args;
    }
}
