package io.symp.check;

import java.util.List;

/**
 * What sync-test found: the first tick at which simulating the same events again gave another
 * state, and how the two states differ.
 */
public record NonDeterminism(long tick, long depth, long firstHash, long againHash,
                             List<StateDiff.Difference> differences) {
    public String describe() {
        StringBuilder out = new StringBuilder("application is not deterministic at tick " + tick
                + " (re-simulated from " + depth + " ticks back): hash "
                + io.symp.hash.StateHash.hex(firstHash) + " first, " + io.symp.hash.StateHash.hex(againHash) + " again");
        for (StateDiff.Difference d : differences) {
            out.append("\n  ").append(d);
        }
        return out.toString();
    }
}
