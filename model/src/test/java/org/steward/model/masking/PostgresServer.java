package org.steward.model.masking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throw-away PostgreSQL server for one test class: initdb into a temporary folder, start on a free port with its
 * socket in that folder, stop and delete on {@link #close()}. As root it runs the server as user {@code postgres}
 * (initdb refuses root). Without the server binaries it fails, naming where it looked and how to install them.
 */
final class PostgresServer implements AutoCloseable {
    static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final long TIMEOUT_SECONDS = 60;

    private final Path directory;
    private final Path bin;
    private final int port;
    private final boolean asPostgresUser;
    private final Thread stopOnExit;
    private boolean running;

    private PostgresServer(Path directory, Path bin, int port, boolean asPostgresUser) {
        this.directory = directory;
        this.bin = bin;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.stopOnExit = new Thread(this::stopQuietly, "stop test PostgreSQL");
    }

    static PostgresServer start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory(Path.of("/tmp"), "steward-pg-");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        if (root) {
            UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SUPERUSER);
            Files.setOwner(directory, postgres);
        }
        PostgresServer server = new PostgresServer(directory, bin, freePort(), root);
        try {
            server.run("initdb", "-D", server.data(), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--locale=C",
                    "--no-sync");
            server.run("pg_ctl", "-D", server.data(), "-w", "-t", Long.toString(TIMEOUT_SECONDS), "-l",
                    directory.resolve("server.log").toString(), "-o", "-c listen_addresses=127.0.0.1 -p "
                            + server.port + " -c unix_socket_directories=" + directory
                            + " -c fsync=off -c full_page_writes=off", "start");
            server.running = true;
            LOG.info("PostgreSQL from {} running on port {} after {} ms (initdb and start)", bin, server.port,
                    (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(server.stopOnExit);
            return server;
        } catch (IOException | RuntimeException e) {
            server.delete();
            throw e;
        }
    }

    /** Where the server binaries are: $STEWARD_PG_BIN, the newest /usr/lib/postgresql/N/bin, or the PATH. */
    static Path binaries() {
        List<Path> looked = new ArrayList<>();
        String configured = System.getenv("STEWARD_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            looked.add(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString()))
                                .reversed())
                        .forEach(p -> looked.add(p.resolve("bin")));
            } catch (IOException e) {
                looked.add(debian);
            }
        }
        Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":")).filter(s -> !s.isEmpty())
                .forEach(s -> looked.add(Path.of(s)));
        Optional<Path> found = looked.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
        return found.orElseThrow(() -> new IllegalStateException("The PostgreSQL test needs a PostgreSQL server"
                + " (initdb and pg_ctl) and found none in " + looked + ". Install it (Debian/Ubuntu: apt-get install"
                + " -y postgresql; .ci/run does this) or point STEWARD_PG_BIN at its bin folder."));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database, String user) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, "");
    }

    Connection connect() throws SQLException {
        return connect("postgres", SUPERUSER);
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void run(String program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("steward-pg-" + program, ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "):\n" + Files.readString(log, StandardCharsets.UTF_8) + serverLog());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private String serverLog() {
        Path log = directory.resolve("server.log");
        try {
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void stopQuietly() {
        if (!running) {
            return;
        }
        running = false;
        try {
            run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Stopping the test PostgreSQL failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
        delete();
    }

    private void delete() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
