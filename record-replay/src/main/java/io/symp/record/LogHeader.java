package io.symp.record;

import io.symp.app.AppIdentity;
import io.symp.peer.Peer;

/**
 * The first block of a log: who recorded what. The app is identified by name, version, state
 * size and code hash so a replay can refuse a different build. {@code startMillis} is wall-clock
 * time given by the caller; nothing in a log depends on it for replay.
 */
public record LogHeader(String appName, int appVersion, int stateSize, long codeHash, int fps,
                        long peerId, String session, long startMillis, int checkpointInterval,
                        int snapshotInterval) {

    /** "SYMPLOG" then the format version byte. */
    public static final byte[] MAGIC = {'S', 'Y', 'M', 'P', 'L', 'O', 'G'};
    public static final int FORMAT_VERSION = 3;

    /**
     * The oldest format version read. Version 3 added the TICK record (ticks of large states,
     * hashed only at checkpoints) and text and byte-string event arguments
     * (docs/LOG-FORMAT.md); a version-2 log is a version-3 log without them, read as such.
     */
    public static final int FORMAT_VERSION_READ_MIN = 2;

    public static final int DEFAULT_CHECKPOINT_INTERVAL = 50;
    public static final int DEFAULT_SNAPSHOT_INTERVAL = 3000;

    /** The header for recording {@code peer}, with the default intervals. */
    public static LogHeader of(Peer peer, String session, long startMillis) {
        AppIdentity id = AppIdentity.of(peer.app());
        return new LogHeader(id.name(), id.version(), id.stateSize(), id.codeHash(),
                peer.config().fps(), peer.id(), session, startMillis,
                DEFAULT_CHECKPOINT_INTERVAL, DEFAULT_SNAPSHOT_INTERVAL);
    }

    public LogHeader {
        if (checkpointInterval < 1 || snapshotInterval < 1) {
            throw new IllegalArgumentException("intervals must be >= 1");
        }
    }
}
