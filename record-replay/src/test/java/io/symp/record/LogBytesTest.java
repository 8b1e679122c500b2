package io.symp.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogBytesTest {
    /** The bytes Chronicle Bytes 2026.3 wrote for these values (captured from it), so old logs read. */
    @ParameterizedTest
    @CsvSource({"0, 00", "127, 7f", "128, 8001", "300, ac02", "-1, 8000", "-2, 8100", "-128, ff00",
        "-129, 808100", "-2147483648, ffffffff8700", "9223372036854775807, ffffffffffffffff7f",
        "-9223372036854775808, ffffffffffffffffff00"})
    void shouldWriteStopBitsAsChronicleBytesDid(long value, String hex) {
        LogBytes b = LogBytes.forWriting(4);
        b.writeStopBit(value);
        byte[] written = java.util.Arrays.copyOf(b.underlyingObject(), (int) b.writePosition());
        assertEquals(hex, HexFormat.of().formatHex(written));
        assertEquals(value, LogBytes.forReading(written).readStopBit());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shouldReadBackAMixOfValues(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        LogBytes b = LogBytes.forWriting(8);
        long[] values = new long[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = r.nextInt(4) == 0 ? r.nextLong() : r.nextInt(-300, 300);
            b.writeStopBit(values[i]);
            b.writeLong(values[i]);
            b.writeShort((short) values[i]);
            b.writeByte((byte) values[i]);
        }
        for (long v : values) {
            assertEquals(v, b.readStopBit(), "seed " + seed);
            assertEquals(v, b.readLong());
            assertEquals((short) v, b.readShort());
            assertEquals(v & 0xFF, b.readUnsignedByte());
        }
        assertEquals(0, b.readRemaining());
    }

    @Test
    void shouldWriteFixedValuesLittleEndianAndRefuseToReadPastTheEnd() {
        LogBytes b = LogBytes.forWriting(4);
        b.writeLong(0x0102030405060708L);
        b.writeShort((short) 0x0A0B);
        assertEquals("08070605040302010b0a",
                HexFormat.of().formatHex(java.util.Arrays.copyOf(b.underlyingObject(), 10)));
        LogBytes truncated = LogBytes.forReading(new byte[] {(byte) 0x80});
        assertThrows(IllegalStateException.class, truncated::readStopBit);
        assertThrows(IllegalStateException.class, () -> LogBytes.forReading(new byte[3]).readLong());
    }
}
