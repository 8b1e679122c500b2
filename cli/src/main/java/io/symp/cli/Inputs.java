package io.symp.cli;

import io.symp.core.UserError;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Files and addresses a user names on the command line, checked before any long work starts:
 * each refusal is one {@link UserError} naming the flag, the value and the operating system's
 * reason, and no file is ever replaced without {@code --force}.
 */
public final class Inputs {
    private Inputs() {}

    /** The operating system's reason for {@code e}, as a shell would print it. */
    public static String reason(IOException e) {
        return io.symp.core.IoReason.of(e);
    }

    /** A file to read: it exists, is a regular file and is readable. */
    public static Path readable(Path file, String what) {
        if (!Files.exists(file)) {
            throw new UserError(what + " " + file + ": no such file or directory");
        }
        if (Files.isDirectory(file)) {
            throw new UserError(what + " " + file + ": is a directory");
        }
        if (!Files.isReadable(file)) {
            throw new UserError(what + " " + file + ": permission denied");
        }
        return file;
    }

    /** A readable UTF-8 text file (a script): its whole text. */
    public static String text(Path file, String what) {
        readable(file, what);
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new UserError(what + " " + file + ": not a text file (a NUL byte)");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new UserError(what + " " + file + ": not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new UserError(what + " " + file + ": " + reason(e));
        }
    }

    /** A file to create: refused if it exists (unless {@code force}) or cannot be created. */
    public static Path newFile(Path file, boolean force, String flag) {
        if (Files.isDirectory(file)) {
            throw new UserError(flag + " " + file + ": is a directory");
        }
        if (Files.exists(file) && !force) {
            throw new UserError(flag + " " + file + ": file exists (add --force to replace it)");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError(flag + " " + file + ": no such directory " + parent);
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new UserError(flag + " " + file + ": permission denied");
        }
        return file;
    }

    /**
     * A directory to write files ending in {@code suffix} into: created if missing, refused if
     * it is a file, unwritable, or (unless {@code force}) already holds such files.
     */
    public static Path outputDir(Path dir, String suffix, boolean force, String flag) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(flag + " " + dir + ": not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError(flag + " " + dir + ": " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new UserError(flag + " " + dir + ": permission denied");
        }
        if (!force) {
            try (Stream<Path> files = Files.list(dir)) {
                Path first = files.filter(p -> p.getFileName().toString().endsWith(suffix))
                        .sorted().findFirst().orElse(null);
                if (first != null) {
                    throw new UserError(flag + " " + dir + ": already holds " + first.getFileName()
                            + " (add --force to replace)");
                }
            } catch (IOException e) {
                throw new UserError(flag + " " + dir + ": " + reason(e));
            }
        }
        return dir;
    }

    /** A host name that resolves, for {@code --listen} and {@code --join}. */
    public static void resolvable(String host, String flag, String value) {
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UserError(flag + " " + value + ": unknown host " + host);
        }
    }
}
