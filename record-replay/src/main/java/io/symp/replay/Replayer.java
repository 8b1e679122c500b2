package io.symp.replay;

import io.symp.app.Event;
import io.symp.app.State;
import io.symp.app.StateView;
import io.symp.app.SymmetricApp;
import io.symp.check.StateDiff;
import io.symp.check.SyncTest;
import io.symp.core.UserError;
import io.symp.peer.PeerConfig;
import io.symp.peer.Rings;
import io.symp.record.LogContents;
import io.symp.record.LogRecord;
import io.symp.travel.TimeMachine;
import io.symp.travel.TravelListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Re-executes a log: each recorded event is put on the timeline when the replay reaches the
 * local tick it arrived at, exactly as the live peer did, so late events cause the same
 * rollbacks and every recorded hash and snapshot must be reproduced. A log starting with an
 * adopted snapshot (a late joiner) starts from that snapshot.
 */
public final class Replayer {
    /**
     * The ring of a live {@code symp peer} (its default config): replay reaches exactly as far
     * back as the live peer did, and its memory is the live peer's own ring ({@link Rings}).
     */
    static final PeerConfig LIVE = PeerConfig.defaults(0);

    private final LogContents log;
    private final SymmetricApp app;
    private long toTick = Long.MAX_VALUE;
    private TickObserver observer = (tick, state) -> {};
    private int syncTestDepth;
    private long syncTestSeed;

    /** Sees every live tick of the replay, in order. */
    public interface TickObserver {
        void ticked(long tick, State state);
    }

    public Replayer(LogContents log, SymmetricApp app) {
        this.log = log;
        this.app = app;
    }

    /** Stops once {@code tick} is reached. */
    public Replayer to(long tick) {
        this.toTick = tick;
        return this;
    }

    public Replayer observe(TickObserver each) {
        this.observer = each;
        return this;
    }

    /**
     * Also sync-tests the app along the log (see {@link SyncTest}): the replay then calls the
     * app beyond what the live peer did, so use it to judge the app, not to verify the log.
     */
    public Replayer syncTest(int depth, long seed) {
        this.syncTestDepth = depth;
        this.syncTestSeed = seed;
        return this;
    }

    public ReplayResult run() {
        long start = System.nanoTime();
        Run r = new Run();
        for (LogRecord record : log.records()) {
            if (!r.apply(record) || r.syncTest != null && r.syncTest.found() != null) {
                break;
            }
        }
        long nanos = System.nanoTime() - start;
        State state = r.machine == null ? null : r.machine.state();
        long last = r.machine == null ? 0 : r.machine.tick();
        return new ReplayResult(r.firstTick, last, r.events, r.rollbacksRecorded,
                r.machine == null ? 0 : r.machine.stats().rollbacks(), r.checkpoints,
                r.firstMismatch, r.mismatch, nanos, state, r.differencesTick, r.differences,
                r.syncTest == null ? null : r.syncTest.found());
    }

    /** One pass over the records. */
    private final class Run {
        TimeMachine machine;
        SyncTest syncTest;
        final List<LogRecord.EventRecord> early = new ArrayList<>();
        boolean adoptNext;
        long firstTick = -1;
        long events;
        long rollbacksRecorded;
        long checkpoints;
        long firstMismatch = -1;
        String mismatch;
        long differencesTick = -1;
        List<StateDiff.Difference> differences = List.of();

        boolean apply(LogRecord record) {
            if (record instanceof LogRecord.Adopt) {
                adoptNext = true;
                return true;
            }
            if (record instanceof LogRecord.Snapshot s) {
                return snapshot(s);
            }
            if (machine == null) {
                if (record instanceof LogRecord.EventRecord e) {
                    early.add(e);
                }
                return true;
            }
            return live(record);
        }

        private boolean snapshot(LogRecord.Snapshot s) {
            if (machine == null) {
                start(s);
                return true;
            }
            if (adoptNext) {
                machine.adopt(s.tick(), s.region());
                adoptNext = false;
                return true;
            }
            if (!advance(s.tick())) {
                return false;
            }
            boolean differs = !Arrays.equals(machine.state().region(), s.region());
            if (differs) {
                mismatch(s.tick(), "snapshot bytes differ");
            }
            if (firstMismatch < 0) {
                checkpoints++;
                return true;
            }
            if (differs) {
                State recorded = new State(machine.state().size());
                System.arraycopy(s.region(), 0, recorded.region(), 0, s.region().length);
                differencesTick = s.tick();
                differences = StateDiff.between(app.info(), recorded, machine.state());
            }
            return !differs;
        }

        private void start(LogRecord.Snapshot s) {
            machine = newMachine();
            if (machine.state().region().length != s.region().length) {
                throw UserError.problem("the log's state is " + s.region().length
                        + " bytes, app " + app.info().name() + " has "
                        + machine.state().region().length);
            }
            boolean fromScratch = !adoptNext && s.tick() >= 1;
            if (fromScratch) {
                firstTick = 0;
                for (LogRecord.EventRecord e : early) {
                    accept(e);
                }
                advance(s.tick());
                if (!Arrays.equals(machine.state().region(), s.region())) {
                    fromScratch = false;
                }
            }
            if (!fromScratch) {
                machine = newMachine();
                machine.adopt(s.tick(), s.region());
                firstTick = s.tick();
                for (LogRecord.EventRecord e : early) {
                    if (e.event().tick() > s.tick()) {
                        accept(e);
                    }
                }
            }
            adoptNext = false;
            early.clear();
        }

        private TimeMachine newMachine() {
            TimeMachine m = Rings.timeMachine(app, LIVE);
            SyncTest check = syncTestDepth > 0 ? new SyncTest(m, syncTestDepth, syncTestSeed) : null;
            syncTest = check;
            m.listener(new TravelListener() {
                @Override
                public void ticked(long tick, StateView state) {
                    observer.ticked(tick, m.state());
                    if (check != null) {
                        check.ticked(tick, state);
                    }
                }

                @Override
                public void travelled(long fromTick, long toTick, long snapshotTick) {
                    if (check != null) {
                        check.travelled(fromTick, toTick, snapshotTick);
                    }
                }
            });
            return m;
        }

        private boolean live(LogRecord record) {
            if (firstMismatch >= 0 && !(record instanceof LogRecord.EventRecord)) {
                // Past the first mismatch only events matter, up to the next snapshot.
                return record instanceof LogRecord.Rollback || advance(tickOf(record));
            }
            if (record instanceof LogRecord.EventRecord e) {
                if (!advance(e.atTick())) {
                    return false;
                }
                accept(e);
            } else if (record instanceof LogRecord.Rollback) {
                rollbacksRecorded++;
                machine.settle();
            } else if (record instanceof LogRecord.Checkpoint c) {
                if (!advance(c.tick())) {
                    return false;
                }
                checkpoints++;
                if (machine.state().hash() != c.hash()) {
                    mismatch(c.tick(), "state hash differs from the recorded checkpoint");
                }
            } else if (record instanceof LogRecord.TickHash h) {
                if (!advance(h.tick())) {
                    return false;
                }
                if ((short) machine.state().hash() != h.hash16()) {
                    mismatch(h.tick(), "state hash differs from the recorded tick hash");
                }
            } else if (record instanceof LogRecord.Tick t) {
                return advance(t.tick());
            }
            return true;
        }

        private long tickOf(LogRecord record) {
            return record instanceof LogRecord.Checkpoint c ? c.tick()
                    : record instanceof LogRecord.TickHash h ? h.tick()
                    : record instanceof LogRecord.Tick t ? t.tick() : machine.tick();
        }

        private void accept(LogRecord.EventRecord e) {
            events++;
            String invalid = invalid(e.event());
            if (invalid != null) {
                // A live peer refuses such an event: the log is corrupt or from another build.
                mismatch(e.atTick(), "the log holds an event the app refuses: " + invalid);
                return;
            }
            if (machine.accept(e.event()) == TimeMachine.Acceptance.TOO_OLD) {
                mismatch(e.atTick(), "event " + e.event() + " is older than replay can reach");
            }
        }

        /** The same rule live peers apply on receipt (type, argument kinds and ranges). */
        private String invalid(Event e) {
            if (e.type() < 0 || e.type() >= app.info().eventTypes().size()) {
                return "event of unknown type " + e.type();
            }
            return app.info().eventType(e.type()).problem(e);
        }

        /** Advances to {@code tick} unless past the requested end; false to stop. */
        boolean advance(long tick) {
            if (tick > toTick) {
                if (toTick > machine.tick()) {
                    machine.advanceTo(toTick);
                }
                return false;
            }
            long before = machine.tick();
            if (tick > before) {
                machine.advanceTo(tick);
            }
            if (tick / 1024 != before / 1024) {
                machine.fold();
            }
            return true;
        }

        private void mismatch(long tick, String why) {
            if (firstMismatch < 0) {
                firstMismatch = tick;
                mismatch = why;
            }
        }
    }
}
