package io.symp.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root of the command tree. Help, version, verbosity and the exit-code list are inherited
 * by every subcommand, so each one documents them the same way.
 */
@Command(
        name = "symp",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        usageHelpAutoWidth = true,
        versionProvider = VersionProvider.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the job ran and found a problem (divergence, failed check, corrupt data)",
            "2:usage error (bad flags, unknown app, unusable input file)",
            "3:internal error (a bug in symp; please report it)",
        },
        description = {
            "Run, record, replay, bisect and simulate symmetric peer-to-peer applications.",
            "",
            "Every peer runs the same deterministic program; events flood to all peers and apply"
                + " at the same tick everywhere; late events are repaired by time travel.",
        },
        subcommands = {
            AppsCommand.class,
            ReplayCommand.class,
            BisectCommand.class,
            InspectCommand.class,
            ReplCommand.class,
            TopoCommand.class,
            SimCommand.class,
            PeerCommand.class,
            KeygenCommand.class,
            DemoCommand.class,
            AutoComplete.GenerateCompletion.class,
        })
public final class SympCommand implements Runnable {
    @Spec CommandSpec spec;

    @picocli.CommandLine.Option(
            names = {"-v", "--verbose"},
            scope = ScopeType.INHERIT,
            description = "More log output on stderr (-v info, -vv debug). Default: warnings only.")
    boolean[] verbose = new boolean[0];

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
