package io.symp.cli;

/**
 * Sets up slf4j-simple from the command line before the first logger exists: warnings and
 * errors only (errors only for {@code sim --swarm}), on stderr, unless {@code -v} (info) or {@code -vv} (debug) is given. Nothing
 * logged ever goes to stdout, which belongs to the command's output.
 */
final class Logging {
    private Logging() {}

    static void configure(String[] args) {
        int verbosity = 0;
        boolean swarm = false;
        for (String arg : args) {
            swarm |= arg.equals("--swarm") || arg.startsWith("--swarm=");
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--verbose")) {
                verbosity++;
            } else if (arg.matches("-v+")) {
                verbosity += arg.length() - 1;
            }
        }
        // A swarm runs thousands of simulated peers: what matters of their warnings, the
        // checkers report, one line per failing seed.
        String level = verbosity == 0 ? (swarm ? "error" : "warn") : verbosity == 1 ? "info" : "debug";
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level);
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", verbosity > 1 ? "true" : "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "false");
        // JLine's one provider here: exec (stty, test -t). The native ones are not shipped.
        setIfAbsent("org.jline.terminal.providers", "exec");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
