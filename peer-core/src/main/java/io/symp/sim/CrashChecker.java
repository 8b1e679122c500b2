package io.symp.sim;

import java.util.List;

/** Safety: no peer threw out of its API (an app's exception, a failed check, an error). */
final class CrashChecker implements SimChecker {
    @Override
    public void check(SimOutcome run, List<String> violations) {
        violations.addAll(run.crashes());
    }
}
