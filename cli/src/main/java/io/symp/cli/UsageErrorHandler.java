package io.symp.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad flags, unknown commands and malformed values: one line on stderr naming what was wrong
 * and where to look, then exit 2. No usage dump, no stack trace.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            boolean flag = first.startsWith("-");
            boolean hasSubcommands = !cmd.getSubcommands().isEmpty();
            message = flag ? "unknown option '" + first + "'"
                    : hasSubcommands ? "unknown command '" + first + "'"
                    : "unexpected argument '" + first + "'";
            for (String suggestion : unmatched.getSuggestions()) {
                if (isTypo(first, suggestion)) {
                    message += " (did you mean '" + suggestion + "'?)";
                    break;
                }
            }
        }
        cmd.getErr().println(name + ": " + message + "; see '" + name + " --help'");
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }

    /** Whether {@code typed} is within two edits of {@code known}: worth suggesting. */
    static boolean isTypo(String typed, String known) {
        int[] previous = new int[known.length() + 1];
        int[] current = new int[known.length() + 1];
        for (int j = 0; j <= known.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= typed.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= known.length(); j++) {
                int substitution = previous[j - 1] + (typed.charAt(i - 1) == known.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[known.length()] <= 2;
    }
}
