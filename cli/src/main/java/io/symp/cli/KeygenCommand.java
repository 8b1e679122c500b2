package io.symp.cli;

import io.symp.core.UserError;
import io.symp.net.PeerIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symp keygen FILE}: a new peer identity (Ed25519 key pair), and the peer id it proves. */
@Command(name = "keygen", sortOptions = false,
        description = {"Write a new peer identity (an Ed25519 key) to FILE and print its peer id.",
            "The key is PEM, mode 0600; give it to 'symp peer --identity FILE'. An existing FILE is"
                + " kept (its peer id is printed) unless --force."})
public final class KeygenCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write the identity.")
    Path file;

    @Option(names = "--force", description = "Replace FILE if it exists (its old identity is lost).")
    boolean force;

    @Option(names = "--json", description = "One JSON object per line, for scripts.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(file) && !force) {
            PeerIdentity old = PeerIdentity.load(file);
            throw new UserError(file + " exists (peer id " + Long.toUnsignedString(old.id())
                    + "); --force replaces it");
        }
        PeerIdentity created = PeerIdentity.generate();
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        try {
            created.write(temp);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new UserError("cannot write identity file " + file + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("peer_id", Long.toUnsignedString(created.id()));
            out.println(Json.write(m));
        } else {
            out.println("peer id " + Long.toUnsignedString(created.id()) + " written to " + file);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
