package io.symp.cli;

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

    /** Parses {@code auto} or a duration; a bad value is a picocli type error (exit 2, one line). */
    static final class Converter implements CommandLine.ITypeConverter<DeltaOption> {
        @Override
        public DeltaOption convert(String text) {
            if (text.trim().equals("auto")) {
                return AUTO;
            }
            try {
                return new DeltaOption(false, Durations.parse(text));
            } catch (CommandLine.TypeConversionException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + text + "' is neither 'auto' nor a duration (e.g. 250ms, 2s)");
            }
        }
    }
}
