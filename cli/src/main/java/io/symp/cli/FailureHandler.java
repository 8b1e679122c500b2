package io.symp.cli;

import io.symp.core.UserError;
import io.symp.topology.TopologyException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Errors while a command runs. What a user, a peer or a file caused ({@link UserError}) is
 * one line and exit 1 or 2 (a {@link TopologyException} is a user error too: one line per
 * bad line of the file, exit 2); anything else is a bug in symp, printed with its stack trace
 * and exit 3 so that it can be reported.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        String name = cmd.getCommandSpec().qualifiedName();
        if (ex instanceof UserError user) {
            cmd.getErr().println(name + ": " + user.getMessage());
            cmd.getErr().flush();
            return ExitCodes.of(user);
        }
        if (ex instanceof TopologyException topology) {
            topology.errors().forEach(line -> cmd.getErr().println(name + ": " + line));
            cmd.getErr().flush();
            return ExitCodes.of(topology);
        }
        java.io.IOException ioe = ex instanceof java.io.IOException e ? e
                : ex instanceof java.io.UncheckedIOException u ? u.getCause() : null;
        if (ioe != null) {
            String what = ex instanceof java.io.UncheckedIOException u && u.getMessage() != null
                    && !u.getMessage().equals(String.valueOf(ioe)) ? u.getMessage() + ": " : "";
            cmd.getErr().println(name + ": " + what + io.symp.core.IoReason.of(ioe));
            cmd.getErr().flush();
            return ExitCodes.USAGE;
        }
        cmd.getErr().println(name + ": internal error, please report it with this trace:");
        ex.printStackTrace(cmd.getErr());
        cmd.getErr().flush();
        return ExitCodes.INTERNAL;
    }
}
