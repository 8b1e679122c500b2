package io.symp.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Under plain {@code java -jar} on JDK 24 or later, the first {@code sun.misc.Unsafe} memory
 * access (Chronicle Bytes does one when a log is read or written) prints a four-line WARNING,
 * and only a JVM option silences it: a manifest cannot carry it. Commands that touch logs
 * therefore run in a child JVM started with the same command line plus
 * {@code -Dsun.misc.unsafe.memory.access=allow}, sharing stdin, stdout and stderr. The symp
 * launcher passes the property itself, so it never pays for the second JVM.
 */
final class Relaunch {
    static final String PROPERTY = "sun.misc.unsafe.memory.access";
    private static final Set<String> LOG_COMMANDS =
            Set.of("replay", "bisect", "inspect", "peer", "repl", "sim");

    private Relaunch() {}

    /** The child's exit code when one ran, empty when this JVM should run the command. */
    static OptionalInt ifNeeded(String[] args) {
        if (Runtime.version().feature() < 24 || System.getProperty(PROPERTY) != null
                || !touchesLogs(args)) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> java = info.command();
        Optional<String[]> jvmArgs = info.arguments();
        if (java.isEmpty() || jvmArgs.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.add("-D" + PROPERTY + "=allow");
        command.addAll(List.of(jvmArgs.get()));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // Ctrl-C reaches the child too (one process group): it decides (the REPL cancels a
            // line, other commands stop cleanly); this JVM just waits for its exit code.
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
            Thread stop = new Thread(() -> stopChild(child));
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            return OptionalInt.of(code);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(ExitCodes.INTERNAL);
        }
    }

    /** SIGTERM (or a hang-up) on this JVM: the child stops cleanly too, and is waited for. */
    private static void stopChild(Process child) {
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean touchesLogs(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return LOG_COMMANDS.contains(arg);
            }
        }
        return false;
    }
}
