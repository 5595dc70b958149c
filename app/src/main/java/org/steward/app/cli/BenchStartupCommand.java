package org.steward.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.steward.app.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steward bench startup}: starts the app repeatedly as a user would and reports how long it takes from
 * JVM start until the main window shows catalog results. Needs a display (use Xvfb on a headless machine).
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = {"Starts the app N times on a workspace and prints the time from JVM start to an interactive"
                + " main window (catalog results shown).", "Needs a display: run under Xvfb on a headless machine."})
final class BenchStartupCommand implements Callable<Integer> {
    private static final String READY = "steward-ready-ms=";
    private static final long TIMEOUT_SECONDS = 120;
    /** Set by the steward script: the JVM options it gives the desktop app, so the benchmark starts it alike. */
    private static final String DESKTOP_OPTIONS = "STEWARD_DESKTOP_JAVA_OPTS";

    @Spec
    CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", required = true,
            description = "The workspace to open (e.g. the demo).")
    Path workspace;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Starts to time (default 5).")
    int runs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs <= 0) {
            throw new UserError("--runs must be positive, was " + runs);
        }
        Path jar = ownJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        PrintWriter out = spec.commandLine().getOut();
        List<Long> times = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long millis = startOnce(java, jar);
            if (run == 0) {
                out.printf("  warm-up start: %,d ms%n", millis);
            } else {
                times.add(millis);
                out.printf("  start %d: %,d ms%n", run, millis);
            }
            out.flush();
        }
        Collections.sort(times);
        out.printf("JVM options: %s%n", System.getenv().getOrDefault(DESKTOP_OPTIONS, "(none)"));
        out.printf("startup to interactive window: median %,d ms, best %,d ms, worst %,d ms over %d starts%n",
                times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), times.size());
        return 0;
    }

    private long startOnce(Path java, Path jar) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        String desktopOptions = System.getenv(DESKTOP_OPTIONS);
        if (desktopOptions != null && !desktopOptions.isBlank()) {
            command.addAll(List.of(desktopOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-Dsteward.exitWhenReady=true", "-jar", jar.toString(), "--workspace",
                workspace.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Long ready = null;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(READY)) {
                    ready = Long.parseLong(line.substring(READY.length()).trim());
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new UserError("the app did not become ready within " + TIMEOUT_SECONDS + " s");
        }
        if (ready == null) {
            throw new UserError("the app exited (code " + process.exitValue()
                    + ") without showing its window; is there a display (DISPLAY, or Xvfb)?");
        }
        return ready;
    }

    private static Path ownJar() {
        try {
            Path location = Path.of(BenchStartupCommand.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            if (!Files.isRegularFile(location)) {
                throw new UserError("bench startup runs from the packaged jar (./steward bench startup)");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
