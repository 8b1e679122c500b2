package io.symp.core;

/**
 * Something a user, a peer or a file caused, as opposed to a bug: a bad flag value, an unknown
 * app, a corrupt log, a wrong secret. The CLI prints its message as one line, without a stack
 * trace, and exits 2 (could not run as asked) or 1 ({@link #problemFound()}: the job ran and
 * found a problem).
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean problemFound;

    public UserError(String message) {
        this(message, false, null);
    }

    public UserError(String message, Throwable cause) {
        this(message, false, cause);
    }

    protected UserError(String message, boolean problemFound, Throwable cause) {
        super(message, cause);
        this.problemFound = problemFound;
    }

    /** A job that ran and found a problem (exit 1), rather than one that could not run (exit 2). */
    public static UserError problem(String message) {
        return new UserError(message, true, null);
    }

    public boolean problemFound() {
        return problemFound;
    }
}
