package io.symp.peer;

import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.EventArgs;
import io.symp.app.EventType;
import java.util.SplittableRandom;

/** Random valid arguments for an event type: the workload of the simulator, demo and tests. */
public final class RandomEvents {
    /** Longest text or byte string drawn for an argument without a declared length range. */
    static final int STRING_BYTES_DEFAULT_MAX = 24;

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz ";

    private RandomEvents() {}

    /**
     * Arguments with a declared range: uniform in it (for TEXT and BYTES, a length uniform in
     * it). Others: INT and LONG in [-100, 100], CHAR in 'a'..'z', TEXT and BYTES up to
     * {@value #STRING_BYTES_DEFAULT_MAX} bytes (text of lowercase letters, spaces and now and
     * then a two-byte 'é'), all the event's together within {@link Limits#EVENT_STRING_BYTES_MAX}.
     * Every value drawn is one the peer accepts.
     */
    public static EventArgs args(EventType type, SplittableRandom random) {
        EventArgs.Builder args = EventArgs.builder();
        // The event's string budget, less what the string arguments still to draw need at least.
        long left = Limits.EVENT_STRING_BYTES_MAX
                - type.args().stream().filter(a -> !a.kind().numeric()).mapToLong(Arg::min).sum();
        for (Arg arg : type.args()) {
            if (arg.kind().numeric()) {
                args.number(value(arg, random));
                continue;
            }
            int length = length(arg, arg.min() + left, random);
            left -= length - arg.min();
            if (arg.kind() == ArgKind.TEXT) {
                args.text(text(length, random));
            } else {
                byte[] b = new byte[length];
                random.nextBytes(b);
                args.bytes(b);
            }
        }
        return args.build();
    }

    /** A length in the argument's range, at most {@code most}. */
    private static int length(Arg arg, long most, SplittableRandom random) {
        long max = arg.ranged() ? arg.max() : Math.min(arg.max(), STRING_BYTES_DEFAULT_MAX);
        return (int) uniform(arg.min(), Math.max(arg.min(), Math.min(max, most)), random);
    }

    /** Text of exactly {@code bytes} bytes of UTF-8. */
    private static String text(int bytes, SplittableRandom random) {
        StringBuilder out = new StringBuilder(bytes);
        int left = bytes;
        while (left > 0) {
            if (left >= 2 && random.nextInt(8) == 0) {
                out.append('\u00e9');
                left -= 2;
            } else {
                out.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
                left--;
            }
        }
        return out.toString();
    }

    private static long value(Arg arg, SplittableRandom random) {
        if (arg.ranged()) {
            return uniform(arg.min(), arg.max(), random);
        }
        return arg.kind() == ArgKind.CHAR ? 'a' + random.nextInt(26) : random.nextInt(-100, 101);
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
