package io.symp.cli;

import picocli.CommandLine;

/**
 * Entry point of the {@code symp} executable.
 *
 * <p>Logging is configured before anything touches SLF4J, so that libraries stay quiet
 * (warnings and errors on stderr) unless {@code -v} asks for more.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        quietNetty();
        Logging.configure(args);
        CommandLine cli = commandLine();
        cli.setOut(AsciiFallback.writer(System.out, AsciiFallback.charsetOf("stdout")));
        cli.setErr(AsciiFallback.writer(System.err, AsciiFallback.charsetOf("stderr")));
        int code = cli.execute(args);
        System.exit(code);
    }

    /**
     * Netty 4.2 registers JFR events whenever JFR is available: some 130 JDK classes at start-up
     * and a generated class now and then while a peer idles, for telemetry symp never reads.
     * {@code -Dio.netty.jfr.enabled=true} still turns it on.
     */
    private static void quietNetty() {
        if (System.getProperty("io.netty.jfr.enabled") == null) {
            System.setProperty("io.netty.jfr.enabled", "false");
        }
    }

    /** The whole command tree with symp's error handling; tests and the REPL use it too. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SympCommand());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        if ("dumb".equals(System.getenv("TERM"))) {
            // picocli colours help on any Unix terminal; a dumb one shows escape codes as text.
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        return cli;
    }
}
