package org.steward.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.steward.app.cli.StewardCli;

/**
 * The jar's entry point. It is not the JavaFX {@code Application} itself, which would make the classpath launch
 * fail with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.fromEnvironment();
        Logging.configure(directories);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = new StewardCli(directories, out, err).run(args);
        System.exit(code);
    }
}
