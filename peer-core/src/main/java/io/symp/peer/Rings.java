package io.symp.peer;

import io.symp.app.State;
import io.symp.app.SymmetricApp;
import io.symp.core.UserError;
import io.symp.travel.SnapshotRetention;
import io.symp.travel.TimeMachine;

/**
 * The one rule for the time machine a peer runs: K and the slots of its config, fewer slots for
 * large states ({@link Limits#snapshotSlotsFor}). A replay builds its time machine with the same
 * rule, so it reaches exactly as far back as the live peer did (an event taken live is never
 * too old in replay) and takes no more memory than the live peer's own ring.
 */
public final class Rings {
    private Rings() {}

    /** A fresh time machine for {@code app} under {@code config}. */
    public static TimeMachine timeMachine(SymmetricApp app, PeerConfig config) {
        if (app.info().stateSize() > Limits.STATE_BYTES_MAX) {
            throw new UserError("app " + app.info().name() + " has a state of " + app.info().stateSize()
                    + " bytes, more than the " + Limits.STATE_BYTES_MAX + " an app may have");
        }
        int slots = Limits.snapshotSlotsFor(State.HEADER_BYTES + app.info().stateSize(), config.snapshotSlots());
        // The reference keeps a fixed reach; symp keeps dense recent, sparse old snapshots.
        return new TimeMachine(app, config.snapshotInterval(), slots,
                config.protocol() == Protocol.SYMP ? SnapshotRetention.SPACED : SnapshotRetention.RECENT);
    }

    /** The ticks a peer of {@code app} under {@code config} reaches back at least. */
    public static long reachTicks(SymmetricApp app, PeerConfig config) {
        int slots = Limits.snapshotSlotsFor(State.HEADER_BYTES + app.info().stateSize(), config.snapshotSlots());
        return (long) (slots - 1) * config.snapshotInterval();
    }
}
