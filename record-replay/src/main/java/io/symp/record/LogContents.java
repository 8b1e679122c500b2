package io.symp.record;

import java.util.List;

/**
 * A log read back whole into memory: its header, its records in order, and a warning when its
 * tail was cut (null when the log ended on a whole block). Invariant: records come only from
 * whole blocks whose checksum matched. The tools stream logs instead ({@link LogFile}).
 */
public record LogContents(LogHeader header, List<LogRecord> records, String warning, int blocks)
        implements LogSource {
    public LogContents {
        records = List.copyOf(records);
    }
}
