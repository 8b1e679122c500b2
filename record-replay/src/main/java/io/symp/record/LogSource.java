package io.symp.record;

/**
 * A log's header and records, to be read as often as a tool needs: in memory
 * ({@link LogContents}) or streamed from its file block by block ({@link LogFile}), so that a
 * replay's memory is bounded by its time machine's ring, not by the log's length.
 */
public interface LogSource {
    LogHeader header();

    /** The records in the order the peer lived them; each iteration reads them afresh. */
    Iterable<LogRecord> records();

    /** Why the log's tail was cut (a crash), or null when it ended on a whole block. */
    String warning();

    /** Whole blocks read, the header's included. */
    int blocks();
}
