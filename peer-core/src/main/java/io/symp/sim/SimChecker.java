package io.symp.sim;

import java.util.List;

/**
 * One property a finished simulation must have. A checker reads the run's {@link SimOutcome}
 * and adds one line per violation, naming what broke, where and when; none, when it holds.
 */
interface SimChecker {
    void check(SimOutcome run, List<String> violations);

    /** The checks of every run: safety first, then liveness. */
    static List<SimChecker> all() {
        return List.of(new CrashChecker(), new EventIdChecker(), new ForkChecker(), new EventsHeldChecker(),
                new AdoptionChecker(),
                new AgreementChecker(), new LivenessChecker());
    }
}
