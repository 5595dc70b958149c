package org.steward.app.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** steward platforms add|list|test|remove and steward pull against WireMock playing Atlas. */
class PlatformsCommandTest {
    private static final String SECRET = "Atlas-Secret-7781";
    private static final String MASTER = "Master-Secret-5512";
    private static final String TABLE = "{\"typeName\":\"hive_table\",\"guid\":\"g-1\",\"updateTime\":1700000000000,"
            + "\"version\":3,\"attributes\":{\"qualifiedName\":\"sales.orders@cl1\",\"name\":\"orders\","
            + "\"owner\":\"ana\",\"description\":\"Orders\"},\"classifications\":[{\"typeName\":\"PII\"}]}";

    @TempDir
    Path temp;

    private final WireMockServer atlas = new WireMockServer(options().dynamicPort());
    private Path home;
    private Path masterFile;
    private Path secretFile;

    @BeforeEach
    void start() throws IOException {
        atlas.start();
        home = temp.resolve("home");
        masterFile = Files.writeString(temp.resolve("master.txt"), MASTER + "\n");
        secretFile = Files.writeString(temp.resolve("secret.txt"), SECRET + "\n");
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + SECRET)
                .getBytes(StandardCharsets.UTF_8));
        atlas.stubFor(get(urlEqualTo("/api/atlas/admin/version")).withHeader("Authorization",
                equalTo("Basic " + basic)).willReturn(okJson("{\"Version\":\"2.4.0\",\"Name\":\"apache-atlas\"}")));
        atlas.stubFor(get(urlEqualTo("/api/atlas/admin/version")).atPriority(9)
                .willReturn(aResponse().withStatus(401).withBody("{\"errorCode\":\"ATLAS-401-00-001\"}")));
        atlas.stubFor(get(urlEqualTo("/api/atlas/v2/types/typedefs/headers?type=ENTITY")).willReturn(okJson("[]")));
        atlas.stubFor(get(urlEqualTo("/api/atlas/v2/types/typedefs")).willReturn(okJson(
                "{\"entityDefs\":[{\"name\":\"hive_table\",\"superTypes\":[\"DataSet\"]}],\"classificationDefs\":"
                        + "[{\"name\":\"PII\",\"description\":\"Personal data\",\"superTypes\":[]}]}")));
        atlas.stubFor(post(urlPathEqualTo("/api/atlas/v2/search/basic"))
                .withRequestBody(matchingJsonPath("$[?(@.offset == 0)]"))
                .willReturn(okJson("{\"entities\":[{\"typeName\":\"hive_table\",\"guid\":\"g-1\"}]}")));
        atlas.stubFor(get(urlEqualTo("/api/atlas/v2/entity/bulk?minExtInfo=true&guid=g-1"))
                .willReturn(okJson("{\"entities\":[" + TABLE + "]}")));
    }

    @AfterEach
    void stop() {
        atlas.stop();
    }

    private CliRun run(String... args) {
        return CliRun.of(home, args);
    }

    private CliRun add() {
        return run("platforms", "add", "prod", "--url", atlas.baseUrl(), "--user", "admin", "--secret-file",
                secretFile.toString(), "--password-file", masterFile.toString());
    }

    @Test
    void addListTestPullKeepsTheSecretOutOfSettingsWorkspaceAndLogs() throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.ALL);
        root.addAppender(log);
        try {
            addListTestPull();
        } finally {
            root.detachAppender(log);
            root.setLevel(level);
        }
        assertThat(log.list).isNotEmpty();
        assertThat(log.list).noneMatch(event -> event.getFormattedMessage().contains(SECRET)
                || event.getFormattedMessage().contains(MASTER));
    }

    private void addListTestPull() throws Exception {
        CliRun added = add();
        assertThat(added.exitCode()).as(added.err()).isZero();

        CliRun list = run("platforms", "list", "--json");
        JsonNode listed = new ObjectMapper().readTree(list.out());
        assertThat(listed.get(0).get("name").asText()).isEqualTo("prod");
        assertThat(listed.get(0).get("auth").asText()).isEqualTo("user admin");

        CliRun test = run("platforms", "test", "prod", "--password-file", masterFile.toString());
        assertThat(test.exitCode()).as(test.err()).isZero();
        assertThat(test.out()).contains("Connected to Apache Atlas 2.4.0");

        Path workspace = temp.resolve("ws");
        CliRun pull = run("pull", "-w", workspace.toString(), "--endpoint", "prod", "--password-file",
                masterFile.toString(), "--json");
        assertThat(pull.exitCode()).as(pull.err()).isZero();
        JsonNode pulled = new ObjectMapper().readTree(pull.out());
        assertThat(pulled.get("entities").asInt()).isEqualTo(1);
        assertThat(pulled.get("inserted").asInt()).isEqualTo(1);
        assertThat(pulled.get("classificationsAdded").asInt()).isEqualTo(1);

        List<Path> files = new ArrayList<>();
        for (Path root : List.of(home, workspace)) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        assertThat(files).anyMatch(file -> file.getFileName().toString().equals("workspace.mv.db"))
                .anyMatch(file -> file.getFileName().toString().equals("platforms.properties"))
                .anyMatch(file -> file.getFileName().toString().equals("credentials.p12"));
        for (Path file : files) {
            if (Files.size(file) > 200_000_000) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : List.of(SECRET, MASTER)) {
                assertThat(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)))
                        .as(secret + " in " + file).isFalse();
            }
        }
    }

    @Test
    void aWrongMasterPasswordIsAUserError() throws IOException {
        add();
        Path wrong = Files.writeString(temp.resolve("wrong.txt"), "nope");

        CliRun test = run("platforms", "test", "prod", "--password-file", wrong.toString());

        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.err()).contains("master password does not open");
    }

    @Test
    void rejectedCredentialsAreDiagnosed() throws IOException {
        Path badSecret = Files.writeString(temp.resolve("bad.txt"), "not-it");
        run("platforms", "add", "prod", "--url", atlas.baseUrl(), "--user", "admin", "--secret-file",
                badSecret.toString(), "--password-file", masterFile.toString());

        CliRun test = run("platforms", "test", "prod", "--password-file", masterFile.toString());

        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.out()).contains("Atlas rejected the credentials (HTTP 401)");
    }

    @Test
    void pullByUrlWithAWrongPasswordFailsWithOneLineAndCreatesNoData() throws IOException {
        atlas.stubFor(get(urlEqualTo("/api/atlas/v2/types/typedefs")).atPriority(1)
                .willReturn(aResponse().withStatus(401).withBody(
                        "{\"errorCode\":\"ATLAS-401-00-001\",\"errorMessage\":\"Authentication failed\"}")));
        Path workspace = temp.resolve("ws");

        CliRun pull = run("pull", "-w", workspace.toString(), "--url", atlas.baseUrl(), "--user", "admin",
                "--secret-file", secretFile.toString());

        assertThat(pull.exitCode()).isEqualTo(1);
        assertThat(pull.err()).contains("credentials rejected (HTTP 401)").contains("ATLAS-401-00-001")
                .doesNotContain(SECRET);
        CliRun stats = run("stats", "-w", workspace.toString(), "--json");
        assertThat(new ObjectMapper().readTree(stats.out()).at("/entities/datasets").asLong()).isZero();
    }

    @Test
    void removeForgetsTheConnectionAndItsSecret() {
        add();
        CliRun removed = run("platforms", "remove", "prod", "--password-file", masterFile.toString());
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(run("platforms", "list").out()).contains("No connections");
        assertThat(org.steward.app.platforms.KeystoreSecretStore.open(home.resolve("credentials.p12"),
                MASTER.toCharArray()).refs()).isEmpty();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return org.steward.app.platforms.KeystoreSecretStoreTestAccess.contains(haystack, needle);
    }
}
