package io.symp.cli.apps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sources of the apps tests build into jars: a healthy one ({@code arena}, whose step lives in
 * a helper class), a static-field bug ({@code leaky}) and an unseeded random ({@code dice}), and
 * the raw material of broken ones.
 */
public final class TestApps {
    private TestApps() {}

    /**
     * A complete app class {@code pkg.cls} named {@code name}: {@code info} is the expression
     * of its AppInfo, {@code tick} and {@code event} the bodies (state {@code s}, event {@code e}).
     */
    public static String app(String pkg, String cls, String info, String tick, String event, String members) {
        return "package " + pkg + ";\n"
                + "import io.symp.app.*;\n"
                + "public class " + cls + " implements SymmetricApp {\n"
                + members + "\n"
                + "    public AppInfo info() { return " + info + "; }\n"
                + "    public void start(State s) {}\n"
                + "    public void tick(State s) { " + tick + " }\n"
                + "    public void event(State s, Event e) { " + event + " }\n"
                + "}\n";
    }

    /** {@code AppInfo.builder(name, 1, size)} with event {@code add n:int} and two i64 fields. */
    public static String info(String name, int size) {
        return "AppInfo.builder(\"" + name + "\", 1, " + size + ").event(\"add\", new Arg(\"n\", ArgKind.INT))"
                + ".field(StateField.i64(\"total\", 0)).field(StateField.i64(\"score\", 8)).build()";
    }

    /** The healthy app {@code arena}; {@code helperStep} is the body of {@code Helper.step(long)}. */
    public static Path arena(Path dir, String jarName, String helperStep) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("game.Arena", app("game", "Arena", info("arena", 16),
                "s.putLong(8, Helper.step(s.getLong(8) + s.getLong(0)));",
                "s.putLong(0, s.getLong(0) + e.arg(0));", ""));
        sources.put("game.Helper", "package game;\nfinal class Helper {\n"
                + "    static long step(long v) { " + helperStep + " }\n}\n");
        return AppJar.build(dir, jarName, sources, "game.Arena\n");
    }

    /** {@code leaky}: adds a static running sum to its score, so re-simulation changes the score. */
    public static Path leaky(Path dir) throws IOException {
        return AppJar.build(dir, "leaky.jar", Map.of("bug.Leaky", app("bug", "Leaky", info("leaky", 16),
                "s.putLong(8, s.getLong(8) + bonus);",
                "bonus += e.arg(0) + 1; s.putLong(0, s.getLong(0) + e.arg(0));",
                "    static long bonus;")), "bug.Leaky\n");
    }

    /** {@code dice}: its score grows by Math.random(), different on every run. */
    public static Path dice(Path dir) throws IOException {
        return AppJar.build(dir, "dice.jar", Map.of("bug.Dice", app("bug", "Dice", info("dice", 16),
                "if (Math.random() < 0.5) { s.putLong(8, s.getLong(8) + 1); }",
                "s.putLong(0, s.getLong(0) + e.arg(0));", "")), "bug.Dice\n");
    }
}
