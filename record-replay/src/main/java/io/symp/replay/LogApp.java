package io.symp.replay;

import io.symp.app.AppIdentity;
import io.symp.app.Apps;
import io.symp.app.SymmetricApp;
import io.symp.core.UserError;
import io.symp.hash.StateHash;
import io.symp.record.LogHeader;
import java.util.function.Supplier;

/**
 * Finds the app a log names and checks it is the build that recorded it: same version, state
 * size and code hash, unless forced (the state size must match even then). A log whose app is
 * not known says which app and code it needs and how to supply it.
 */
public final class LogApp {
    private LogApp() {}

    public static SymmetricApp create(Apps apps, LogHeader h, boolean force, String log) {
        return factory(apps, h, force, log).get();
    }

    /**
     * Instances of the log's app that share no static field (see {@link Apps#isolated}), after
     * checking that the app is the one the log was recorded with.
     */
    public static Supplier<SymmetricApp> factory(Apps apps, LogHeader h, boolean force, String log) {
        if (!apps.has(h.appName())) {
            throw new UserError(log + ": recorded with app " + needed(h) + ", which is not known here"
                    + " (known: " + String.join(", ", apps.names()) + "); give its jar with --app-path JAR");
        }
        Supplier<SymmetricApp> make = apps.isolated(h.appName());
        AppIdentity id = AppIdentity.of(make.get());
        if (id.stateSize() != h.stateSize()) {
            throw new UserError(log + ": recorded with " + h.appName() + " of state size "
                    + h.stateSize() + ", this " + id.describe());
        }
        if (!force && (id.codeHash() != h.codeHash() || id.version() != h.appVersion())) {
            throw new UserError(log + ": recorded with " + needed(h) + ", this is " + id.describe()
                    + " from " + apps.origin(h.appName()) + "; give the build that recorded it with"
                    + " --app-path JAR, or --force to replay anyway");
        }
        return make;
    }

    private static String needed(LogHeader h) {
        return h.appName() + " v" + h.appVersion() + " (code " + StateHash.hex(h.codeHash()) + ")";
    }
}
