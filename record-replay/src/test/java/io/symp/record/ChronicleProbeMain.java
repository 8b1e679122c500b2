package io.symp.record;

import java.util.HexFormat;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Run by {@link ChronicleBytesEvidenceTest} in a child JVM: the log's writes (stop-bit varints,
 * little-endian longs and shorts, bytes) through Chronicle Bytes in its lightest form, an
 * elastic on-heap buffer, with the CLI's log level (warn). Prints the bytes as hex, one line for
 * {@link StopBitValues#of} with negative values, one without.
 */
public final class ChronicleProbeMain {
    private ChronicleProbeMain() {}

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        String set = System.getProperty(ChronicleProbeMain.class.getName() + ".set");
        if (set != null) {
            System.setProperty(set, "allow"); // too late: the JVM reads its saved properties
        }
        for (boolean nonNegative : new boolean[] {false, true}) {
            Bytes<byte[]> b = Bytes.allocateElasticOnHeap(64);
            for (long v : StopBitValues.of(1, nonNegative)) {
                b.writeStopBit(v);
                b.writeLong(v);
                b.writeShort((short) v);
                b.writeByte((byte) v);
            }
            System.out.println(HexFormat.of().formatHex(b.underlyingObject(), 0, (int) b.writePosition()));
            b.releaseLast();
        }
    }
}
