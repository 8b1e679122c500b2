package io.symp.topology;

import java.util.List;

/**
 * A topology that cannot be used: unreadable, unknown, or with errors at given lines. The
 * message is one line per error, each naming the file and line ({@code ring.topo:12: ...}).
 */
public final class TopologyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> errors;

    public TopologyException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public TopologyException(String error) {
        this(List.of(error));
    }

    /** Every error found, one per line of input at fault. */
    public List<String> errors() {
        return errors;
    }
}
