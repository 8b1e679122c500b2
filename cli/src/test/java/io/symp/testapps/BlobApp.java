package io.symp.testapps;

import io.symp.app.AppInfo;
import io.symp.app.Arg;
import io.symp.app.ArgKind;
import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateField;
import io.symp.app.SymmetricApp;

/**
 * Test apps with large states (packaged into jars by
 * {@link io.symp.cli.apps.AppJar#ofClasses}): every tick changes one
 * byte somewhere in the state, {@code poke i v} writes v into another; so snapshots, replays
 * and joiners must carry the whole state right.
 */
public abstract class BlobApp implements SymmetricApp {
    private final AppInfo info;

    protected BlobApp(String name, int stateBytes) {
        this.info = AppInfo.builder(name, 1, stateBytes)
                .event("poke", new Arg("i", ArgKind.INT), new Arg("v", ArgKind.INT))
                .field(StateField.i64("ticks", 0)).field(StateField.i64("pokes", 8))
                .build();
    }

    @Override
    public AppInfo info() {
        return info;
    }

    @Override
    public void start(State s) {}

    @Override
    public void tick(State s) {
        long ticks = s.getLong(0) + 1;
        s.putLong(0, ticks);
        int at = 16 + (int) ((ticks * 4099) % (s.size() - 16));
        s.putByte(at, (byte) (s.getByte(at) + ticks));
    }

    @Override
    public void event(State s, Event e) {
        s.putLong(8, s.getLong(8) + 1);
        int at = 16 + (int) Math.floorMod(e.arg(0) * 7919L + s.getLong(8), (long) (s.size() - 16));
        s.putByte(at, (byte) e.arg(1));
    }

    /** 60 KiB: a log fills a 64 KiB disk after a few hundred ticks. */
    public static final class Blob60k extends BlobApp {
        public Blob60k() {
            super("blob60k", 60 << 10);
        }
    }

    /** 1 MiB. */
    public static final class Blob1m extends BlobApp {
        public Blob1m() {
            super("blob1m", 1 << 20);
        }
    }

    /** 16 MiB, the largest state an app may have. */
    public static final class Blob16m extends BlobApp {
        public Blob16m() {
            super("blob16m", io.symp.peer.Limits.STATE_BYTES_MAX);
        }
    }
}
