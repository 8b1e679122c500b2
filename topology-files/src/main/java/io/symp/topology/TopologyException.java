package io.symp.topology;

import java.util.List;

/**
 * A topology that cannot be used: unreadable, unknown, or with errors at given lines. Carries
 * every error found ({@link TopologyError}: file, line, message); the message is one line per
 * error, each naming the file and line ({@code ring.topo:12: ...}).
 */
public final class TopologyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<TopologyError> problems;

    public TopologyException(List<TopologyError> problems) {
        super(String.join("\n", problems.stream().map(TopologyError::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** An error about a whole name or file, not one of its lines. */
    public TopologyException(String file, String message) {
        this(List.of(TopologyError.of(file, message)));
    }

    /** Every error found, in file order. */
    public List<TopologyError> problems() {
        return problems;
    }

    /** Every error found as {@code FILE:LINE: what}, one per line of input at fault. */
    public List<String> errors() {
        return problems.stream().map(TopologyError::toString).toList();
    }

    /** The file (or name) of the first error. */
    public String file() {
        return problems.get(0).file();
    }

    /** The line of the first error (0 when it is about the whole file). */
    public int line() {
        return problems.get(0).line();
    }
}
