package io.symp.cli;

import io.symp.app.Apps;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --app-path}, the same on every command that runs or reads an app: jars or class
 * directories (repeatable) whose {@code META-INF/services/io.symp.app.SymmetricApp} lists app
 * classes, loaded beside the built-in apps by one rule ({@link Apps#withJars}).
 */
public final class AppPathOption {
    @Option(names = "--app-path", paramLabel = "JAR",
            description = "Also load the apps of this jar or class directory (repeatable; see 'symp apps').")
    List<File> appPath = new ArrayList<>();

    private Apps apps;

    /** The built-in apps and those of the app path, loaded once. */
    Apps apps() {
        if (apps == null) {
            apps = Apps.withJars(appPath);
        }
        return apps;
    }
}
