package io.symp.figures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** One row of {@code symp sim --clock-trace FILE}: a peer's time against the network's at one instant. */
record ClockTraceRow(double timeS, long peer, boolean synced, double behindLeaderMs, double networkMinusVirtualMs) {
    static List<ClockTraceRow> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int time = column(header, "time_s");
        int peer = column(header, "peer");
        int synced = column(header, "synced");
        int behind = column(header, "behind_leader_ms");
        int drift = column(header, "network_minus_virtual_ms");
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(","))
                .map(f -> new ClockTraceRow(Double.parseDouble(f[time]), Long.parseLong(f[peer]),
                        Boolean.parseBoolean(f[synced]), Double.parseDouble(f[behind]), Double.parseDouble(f[drift])))
                .toList();
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }
}
