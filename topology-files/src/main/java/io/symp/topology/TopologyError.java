package io.symp.topology;

/**
 * One thing wrong with a topology: the file (or name) it is in, the line (0 when it is about
 * the whole file) and what is wrong. Printed as {@code paper.topo:12: unknown peer 7 in link}.
 */
public record TopologyError(String file, int line, String message) {
    /** An error about the whole file or name rather than one of its lines. */
    public static TopologyError of(String file, String message) {
        return new TopologyError(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
