package io.symp.travel;

import io.symp.core.UserError;

/**
 * The application failed where the middleware cannot undo it: its {@code start} or
 * {@code tick} threw, or any of its code threw an {@link Error}. The state is not trusted
 * afterwards, so the time machine refuses to go on and the peer stops, saying why in one line
 * ({@link #getMessage()}). A throwing {@code event} is not a failure: that event is skipped.
 * It is a problem the user's app caused, so the CLI exits 1 with that line.
 */
public final class AppFailure extends UserError {
    private static final long serialVersionUID = 1L;

    public AppFailure(String message, Throwable cause) {
        super(message, true, cause);
    }

    /** One line naming what threw, where in the app, and at which tick. */
    static AppFailure of(String where, long tick, Throwable cause, Object app) {
        return new AppFailure("app " + where + " threw at tick " + tick + ": " + cause
                + AppFrames.at(cause, app), cause);
    }
}
