package io.symp.hash;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.HexFormat;

/**
 * The 64-bit hash used for state regions, snapshots and application code: XXH3 from hash4j,
 * fast, allocation-free and identical on every platform.
 */
public final class StateHash {
    private static final Hasher64 XXH3 = Hashing.xxh3_64();
    private static final HexFormat HEX = HexFormat.of();

    private StateHash() {}

    /** The hash of {@code bytes[0, length)}. */
    public static long of(byte[] bytes, int length) {
        return XXH3.hashBytesToLong(bytes, 0, length);
    }

    /** The hash of the whole array. */
    public static long of(byte[] bytes) {
        return of(bytes, bytes.length);
    }

    /** Hex form used everywhere a hash is shown: 16 lowercase digits. */
    public static String hex(long hash) {
        // Not String.format: outside Locale.US its Formatter loads the JDK's locale data (about
        // 1 MiB of a long-lived peer's memory) for a zero digit.
        return HEX.toHexDigits(hash);
    }
}
