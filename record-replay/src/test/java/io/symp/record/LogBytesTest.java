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
    /**
     * The bytes Chronicle Bytes 2026.3 wrote for these values (captured from it): every one reads
     * back, so old logs read; the non-negative ones are also what symp writes now.
     */
    @ParameterizedTest
    @CsvSource({"0, 00", "127, 7f", "128, 8001", "300, ac02", "-1, 8000", "-2, 8100", "-128, ff00",
        "-129, 808100", "-2147483648, ffffffff8700", "9223372036854775807, ffffffffffffffff7f",
        "-9223372036854775808, ffffffffffffffffff00"})
    void shouldReadTheStopBitsChronicleBytesWrote(long value, String hex) {
        assertEquals(value, LogBytes.forReading(HexFormat.of().parseHex(hex)).readStopBit());
        if (value >= 0) {
            assertEquals(hex, HexFormat.of().formatHex(written(value)));
        }
    }

    /** Values of 2^63 and more (negative longs) as unsigned LEB128, the wire's varint: 10 bytes. */
    @ParameterizedTest
    @CsvSource({"-1, ffffffffffffffffff01", "-9223372036854775808, 80808080808080808001",
        "-2, feffffffffffffffff01"})
    void shouldWriteTheTopHalfAsUnsignedLeb128(long value, String hex) {
        assertEquals(hex, HexFormat.of().formatHex(written(value)));
        assertEquals(value, LogBytes.forReading(written(value)).readStopBit());
    }

    private static byte[] written(long value) {
        LogBytes b = LogBytes.forWriting(4);
        b.writeStopBit(value);
        return java.util.Arrays.copyOf(b.underlyingObject(), (int) b.writePosition());
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
