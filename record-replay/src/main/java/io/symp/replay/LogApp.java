package io.symp.replay;

import io.symp.app.AppIdentity;
import io.symp.app.Apps;
import io.symp.app.SymmetricApp;
import io.symp.core.UserError;
import io.symp.hash.StateHash;
import io.symp.record.LogHeader;

/**
 * Finds the app a log names and checks it is the build that recorded it: same version, state
 * size and code hash, unless forced (the state size must match even then).
 */
public final class LogApp {
    private LogApp() {}

    public static SymmetricApp create(Apps apps, LogHeader h, boolean force, String log) {
        SymmetricApp app = apps.create(h.appName());
        AppIdentity id = AppIdentity.of(app);
        if (id.stateSize() != h.stateSize()) {
            throw new UserError(log + ": recorded with " + h.appName() + " of state size "
                    + h.stateSize() + ", this " + id.describe());
        }
        if (!force && (id.codeHash() != h.codeHash() || id.version() != h.appVersion())) {
            throw new UserError(log + ": recorded with " + h.appName() + " v" + h.appVersion()
                    + " code " + StateHash.hex(h.codeHash()) + ", this is " + id.describe()
                    + "; --force replays anyway");
        }
        return app;
    }
}
