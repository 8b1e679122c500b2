package io.symp.cli;

import io.symp.core.UserError;
import io.symp.sim.PartitionSpec;
import io.symp.sim.RestartMode;
import io.symp.sim.SimFaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The fault options of {@code symp sim}, and how they become {@link SimFaults}. */
final class FaultOptions {
    private static final Pattern PARTITION = Pattern.compile("([0-9,:\\-]+)@([^+]+)\\+(.+)");
    private static final Pattern SLOW = Pattern.compile("([0-9,\\-]+)@(\\d+)");

    @Option(names = "--partition", paramLabel = "GROUPS@START+LENGTH",
            description = {"Cut the network into groups of peer indexes (topology order) from START for LENGTH,"
                    + " e.g. 0-9:10-20@60s+25m (peers named nowhere form one more group). Repeatable."})
    List<String> partitions = new ArrayList<>();

    @Option(names = "--restart", paramLabel = "same-id|new-id", defaultValue = "same-id",
            completionCandidates = Candidates.RestartModes.class,
            description = {"How a peer comes back after --churn: same-id, as 'symp peer' restarted with its --id"
                    + " (default; a fresh origin, as every run); new-id, with a new --id."})
    String restart;

    @Option(names = "--link-resets", paramLabel = "DURATION", converter = Durations.class,
            description = "Mean time between resets of each link (exponential): what is in flight is lost,"
                    + " and the link is dialled again.")
    Long linkResetNanos;

    @Option(names = "--slow-reader", paramLabel = "PEERS@BYTES_PER_S",
            description = "Peers (indexes, e.g. 3,5-7) that read each link at most this fast. Repeatable.")
    List<String> slowReaders = new ArrayList<>();

    @Option(names = "--link-buffer", paramLabel = "BYTES", defaultValue = "4194304",
            description = "Bytes a link holds unread before it is reset as a stuck reader's (default: ${DEFAULT-VALUE}).")
    int linkBufferBytes;

    @Option(names = "--app-throws", paramLabel = "PCT", defaultValue = "0",
            description = "The app's event handler throws for PCT %% of argument values (deterministically).")
    double throwPct;

    @Option(names = "--hostile", paramLabel = "PEERS",
            description = "Peers (indexes, e.g. 0 or 2,5-6) that run the protocol and also attack their neighbours"
                    + " from the end of the warmup while faults last: unsolicited and forged snapshots, SYNCs an"
                    + " hour ahead, HAVE floods.")
    String hostile;

    SimFaults faults(SimFaults clocks, int peers) {
        Checks.within("--app-throws", throwPct, 0, 100);
        Checks.within("--link-buffer", linkBufferBytes, 1, Integer.MAX_VALUE);
        RestartMode mode = switch (restart.toLowerCase(Locale.ROOT)) {
            case "same-id" -> RestartMode.SAME_ID;
            case "new-id" -> RestartMode.NEW_ID;
            default -> throw new UserError("--restart must be same-id or new-id, got '" + restart + "'");
        };
        List<PartitionSpec> cuts = new ArrayList<>();
        for (String p : partitions) {
            cuts.add(partition(p, peers));
        }
        List<SimFaults.SlowReader> slow = new ArrayList<>();
        for (String s : slowReaders) {
            Matcher m = SLOW.matcher(s);
            if (!m.matches()) {
                throw new UserError("--slow-reader must be PEERS@BYTES_PER_S (e.g. 2,4-5@65536), got '" + s + "'");
            }
            slow.add(new SimFaults.SlowReader(indexes(m.group(1), peers, "--slow-reader"), Long.parseLong(m.group(2))));
        }
        return clocks.withRestart(mode).withPartitions(cuts).withSlowReaders(slow, linkBufferBytes)
                .withLinkResets(linkResetNanos == null ? 0 : linkResetNanos / 1e9).withThrowPct(throwPct)
                .withHostilePeers(hostile == null ? List.of() : indexes(hostile, peers, "--hostile"));
    }

    private static PartitionSpec partition(String text, int peers) {
        Matcher m = PARTITION.matcher(text);
        if (!m.matches()) {
            throw new UserError("--partition must be GROUPS@START+LENGTH (e.g. 0-9:10-20@60s+25m), got '" + text + "'");
        }
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (String g : m.group(1).split(":")) {
            List<Integer> group = indexes(g, peers, "--partition");
            for (int i : group) {
                if (seen.contains(i)) {
                    throw new UserError("--partition '" + text + "': peer " + i + " is in two groups");
                }
                seen.add(i);
            }
            groups.add(group);
        }
        long start = Durations.parse(m.group(2));
        long length = Durations.parse(m.group(3));
        if (length <= 0) {
            throw new UserError("--partition '" + text + "': the length must be > 0");
        }
        return new PartitionSpec(groups, start, length);
    }

    /** Peer indexes: {@code 3}, {@code 0-9}, or several joined by commas. */
    private static List<Integer> indexes(String text, int peers, String option) {
        List<Integer> out = new ArrayList<>();
        for (String range : text.split(",")) {
            String[] ends = range.split("-", -1);
            try {
                int from = Integer.parseInt(ends[0]);
                int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
                if (ends.length > 2 || from > to || to >= peers) {
                    throw new NumberFormatException();
                }
                for (int i = from; i <= to; i++) {
                    out.add(i);
                }
            } catch (NumberFormatException e) {
                throw new UserError(option + ": '" + range + "' is not a range of peer indexes 0.." + (peers - 1));
            }
        }
        return out;
    }
}
