package io.symp.tidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * TigerBeetle's tidy, for determinism: core code reads time only through {@code io.symp.clock}
 * and randomness only from explicit seeds (see {@link #TIME_ALLOWED} for the exceptions). The timeline's own packages must not iterate hash-ordered
 * collections either, whose order can differ between peers.
 */
class DeterminismTidyTest {
    private static final Path MAIN = Path.of("src/main/java/io/symp");
    private static final Pattern WALL_TIME_OR_UNSEEDED_RANDOM = Pattern.compile(
            "System\\.nanoTime|System\\.currentTimeMillis|Instant\\.now|LocalDateTime\\.now|new Random\\b"
                    + "|Math\\.random|ThreadLocalRandom|new SplittableRandom\\(\\)|new SecureRandom");
    private static final Pattern HASH_ORDER = Pattern.compile(
            "new HashMap|new HashSet|identityHashCode|\\.parallelStream");
    /**
     * The clock, the simulator (it reports wall time of a run) and the TCP transport (real time
     * by nature: reconnect backoff, handshake nonces from SecureRandom); none is on the
     * simulation path.
     */
    private static final List<String> TIME_ALLOWED = List.of("clock", "sim", "net");
    private static final List<String> TIMELINE_PACKAGES = List.of("app", "timeline", "travel", "peer", "sync", "check");

    @Test
    void shouldReadTimeAndRandomnessOnlyInTheClockAndSimulatorPackages() throws IOException {
        List<String> found = scan(WALL_TIME_OR_UNSEEDED_RANDOM, p -> !TIME_ALLOWED.contains(topPackage(p)));
        assertEquals(List.of(), found, "wall time or unseeded randomness outside io.symp.clock / io.symp.sim");
    }

    @Test
    void shouldNotUseHashOrderInTheTimelinePackages() throws IOException {
        List<String> found = scan(HASH_ORDER, p -> TIMELINE_PACKAGES.contains(topPackage(p)));
        assertEquals(List.of(), found, "hash-ordered collections where order reaches the state");
    }

    @Test
    void shouldCatchABannedCallInItsOwnCanary() {
        assertTrue(WALL_TIME_OR_UNSEEDED_RANDOM.matcher("long t = System.nanoTime();").find());
        assertTrue(WALL_TIME_OR_UNSEEDED_RANDOM.matcher("var r = new Random(); ").find());
        assertTrue(HASH_ORDER.matcher("Map<Long, Event> m = new HashMap<>();").find());
    }

    private static String topPackage(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static List<String> scan(Pattern banned, java.util.function.Predicate<Path> applies) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).filter(applies).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("//.*", "");
                    if (!code.trim().startsWith("*") && banned.matcher(code).find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        return found;
    }
}
