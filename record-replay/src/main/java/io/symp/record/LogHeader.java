package io.symp.record;

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
    public static final int FORMAT_VERSION = 1;

    public LogHeader {
        if (checkpointInterval < 1 || snapshotInterval < 1) {
            throw new IllegalArgumentException("intervals must be >= 1");
        }
    }
}
