package io.symp.cli;

import io.symp.core.UserError;
import io.symp.topology.TopologyException;

/**
 * The exit codes every symp command uses, documented in each command's help and man page.
 */
public final class ExitCodes {
    /** The job ran and everything checked out. */
    public static final int OK = 0;
    /** The job ran and found a problem: a divergence, a failed check, a corrupt log. */
    public static final int PROBLEM = 1;
    /** The command could not run as given: bad flags, unknown app, missing or unusable file. */
    public static final int USAGE = 2;
    /** A bug in symp: reported with its stack trace. */
    public static final int INTERNAL = 3;

    static final String[] HELP_LIST = {
        "0:success",
        "1:the job ran and found a problem (divergence, failed check, corrupt data)",
        "2:usage error (bad flags, unknown app, unusable input file)",
        "3:internal error (a bug in symp; please report it)",
    };

    private ExitCodes() {}

    static int of(Throwable t) {
        if (t instanceof UserError e) {
            return e.problemFound() ? PROBLEM : USAGE;
        }
        if (t instanceof TopologyException) {
            return USAGE;
        }
        return INTERNAL;
    }
}
