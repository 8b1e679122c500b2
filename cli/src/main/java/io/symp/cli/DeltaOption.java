package io.symp.cli;

import io.symp.core.UserError;
import picocli.CommandLine;

/**
 * {@code --delta}: a fixed event delay ({@code 500ms}), or {@code auto}: each peer chooses its
 * own Δ to keep rollbacks within {@code --rollback-budget} (see {@code io.symp.peer.AutoDelta}).
 *
 * @param auto  whether each peer chooses Δ itself
 * @param nanos the fixed Δ (0 with {@code auto})
 */
record DeltaOption(boolean auto, long nanos) {
    static final DeltaOption AUTO = new DeltaOption(true, 0);
    /** {@code --rollback-budget} when {@code --delta auto} is given without it: 1 %. */
    static final double DEFAULT_ROLLBACK_BUDGET = 0.01;

    /**
     * The rollback budget {@code --delta} (null: not given) and {@code --rollback-budget}
     * ({@code given}, null: not given) mean together: 0 for a fixed Δ, else the given one or 1 %.
     *
     * @throws UserError for a budget without {@code --delta auto}
     */
    static double rollbackBudget(DeltaOption delta, Double given) {
        boolean auto = delta != null && delta.auto();
        if (given != null && !auto) {
            throw new UserError("--rollback-budget needs --delta auto");
        }
        return !auto ? 0 : given != null ? given : DEFAULT_ROLLBACK_BUDGET;
    }

    /** Parses {@code auto} or a duration; a bad value is a picocli type error (exit 2, one line). */
    static final class Converter implements CommandLine.ITypeConverter<DeltaOption> {
        @Override
        public DeltaOption convert(String text) {
            if (text.trim().equals("auto")) {
                return AUTO;
            }
            if (io.symp.topology.Durations.parseNanos(text) == null) {
                throw new CommandLine.TypeConversionException(
                        "'" + text + "' is neither 'auto' nor a duration (e.g. 250ms, 2s)");
            }
            return new DeltaOption(false, Durations.parse(text));
        }
    }
}
