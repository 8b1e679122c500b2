package io.symp.record;

import io.symp.app.Event;

/** One record of a log, in the order the peer lived it. */
public sealed interface LogRecord {
    byte EVENT = 1;
    byte ROLLBACK = 2;
    byte CHECKPOINT = 3;
    byte SNAPSHOT = 4;
    byte JOIN = 5;
    byte LEAVE = 6;
    byte ADOPT = 7;
    byte TICK_HASH = 8;
    byte TICK = 9;

    /** An event entered the timeline while the peer was at local tick {@code atTick}. */
    record EventRecord(long atTick, Event event, boolean late) implements LogRecord {}

    /** The peer restored {@code snapshotTick} and re-simulated to {@code fromTick}. */
    record Rollback(long fromTick, long toTick, long snapshotTick) implements LogRecord {}

    /** The state hash after tick {@code tick}. */
    record Checkpoint(long tick, long hash) implements LogRecord {}

    /** The low 16 bits of the state hash after a tick without a checkpoint: cheap, tick-exact. */
    record TickHash(long tick, short hash16) implements LogRecord {}

    /**
     * A tick without a checkpoint, lived with no hash recorded: states larger than
     * {@code Limits.TICK_HASH_REGION_BYTES_MAX} are hashed only at checkpoints.
     */
    record Tick(long tick) implements LogRecord {}

    /** The whole state region after tick {@code tick}. */
    record Snapshot(long tick, byte[] region) implements LogRecord {}

    /** A link to {@code peerId} came up ({@code up}) or went down. */
    record Link(long peerId, boolean up) implements LogRecord {}

    /** The peer adopted a neighbour's snapshot at {@code tick}. */
    record Adopt(long tick) implements LogRecord {}
}
