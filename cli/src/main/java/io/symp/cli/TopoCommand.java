package io.symp.cli;

import io.symp.core.UserError;
import io.symp.topology.GraphMeasures;
import io.symp.topology.Topologies;
import io.symp.topology.Topology;
import io.symp.topology.TopologyException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symp topo}: validate and describe topology files and the shipped topologies. */
@Command(name = "topo",
        description = "Validate and describe topologies (files or shipped names).",
        subcommands = {TopoCommand.Show.class, TopoCommand.Check.class,
            TopoCommand.ListNames.class})
public final class TopoCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: show, check or list");
    }

    /**
     * Loads a topology; its errors reach {@link FailureHandler} as a {@link TopologyException}
     * (one line per bad line of the file, exit 2).
     */
    static Topology load(String nameOrPath) {
        return Topologies.resolve(nameOrPath);
    }

    @Command(name = "show",
            description = "Peers, links, degrees, connectedness, diameter, average hops.")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "NAME|FILE", completionCandidates = Candidates.TopologyNames.class,
                description = "paper-21, line-N, ring-N, mesh-N, "
                + "star-N, random-N-D[-sSEED], or a file.")
        String topology;

        @Option(names = "--json", description = "One JSON object, for scripts.")
        boolean json;

        @Option(names = "--links", description = "Also list every link.")
        boolean listLinks;

        @Override
        public Integer call() {
            Topology t = load(topology);
            GraphMeasures m = t.measures();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("name", t.name());
                o.put("peers", t.peers().size());
                o.put("links", t.links().size());
                o.put("degree_min", m.degreeMin());
                o.put("degree_max", m.degreeMax());
                o.put("connected", m.connected());
                o.put("diameter_hops", m.diameter());
                o.put("diameter_from", m.diameterFrom());
                o.put("diameter_to", m.diameterTo());
                o.put("avg_hops", Math.round(m.averageHops() * 100) / 100.0);
                if (listLinks) {
                    o.put("link_list", TopoJson.links(t));
                }
                out.println(Json.write(o));
            } else {
                out.printf(Locale.ROOT, "%s: %d peers, %d links%n",
                        t.name(), t.peers().size(), t.links().size());
                out.printf(Locale.ROOT, "degree       %d..%d%n", m.degreeMin(), m.degreeMax());
                out.printf(Locale.ROOT, "connected    %s%n", m.connected() ? "yes" : "no");
                out.printf(Locale.ROOT, "diameter     %d hops (%d to %d)%n",
                        m.diameter(), m.diameterFrom(), m.diameterTo());
                out.printf(Locale.ROOT, "average hops %.2f%n", m.averageHops());
                if (listLinks) {
                    out.print(t.toText());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "check",
            description = "Check a topology file; exit 1 listing every error found.")
    static final class Check implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The topology file to check (docs/TOPOLOGY-FORMAT.md).")
        String file;

        @Override
        public Integer call() {
            if (!Files.isReadable(Path.of(file)) || Files.isDirectory(Path.of(file))) {
                throw new UserError("cannot read topology file " + file);
            }
            try {
                Topology t = Topologies.resolve(file);
                spec.commandLine().getOut().printf("%s: ok (%d peers, %d links%s)%n", file,
                        t.peers().size(), t.links().size(),
                        t.measures().connected() ? "" : ", NOT connected");
                spec.commandLine().getOut().flush();
                return t.measures().connected() ? ExitCodes.OK : ExitCodes.PROBLEM;
            } catch (TopologyException e) {
                e.errors().forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().flush();
                return ExitCodes.PROBLEM;
            }
        }
    }

    @Command(name = "list", description = "The shipped topology names.")
    static final class ListNames implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Topologies.shippedNames().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
