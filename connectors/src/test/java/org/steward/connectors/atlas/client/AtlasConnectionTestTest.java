package org.steward.connectors.atlas.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.model.platform.ConnectionDiagnosis;
import org.steward.model.platform.MemorySecretStore;
import org.steward.model.platform.PlatformAuth;
import org.steward.model.platform.PlatformEndpoint;
import org.steward.model.task.ProgressMonitor;

/** "Test connection" says what is wrong: DNS, refused, TLS not trusted, wrong host name, 401, not Atlas. */
class AtlasConnectionTestTest {
    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path temp;

    private static Path keystore;
    private final WireMockServer server;
    private final MemorySecretStore secrets = new MemorySecretStore();

    AtlasConnectionTestTest() throws Exception {
        server = new WireMockServer(options().dynamicPort().dynamicHttpsPort()
                .keystorePath(localhostKeystore().toString()).keystorePassword(STORE_PASSWORD)
                .keyManagerPassword(STORE_PASSWORD));
        server.start();
        secrets.put("platform/t", "pw".toCharArray());
    }

    /** A self-signed certificate for "localhost" only, made with the JDK's keytool. */
    private static synchronized Path localhostKeystore() throws Exception {
        if (keystore == null) {
            Path file = temp.resolve("localhost.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "atlas", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                    .redirectErrorStream(true).start();
            keytool.getInputStream().readAllBytes();
            assertThat(keytool.waitFor()).isZero();
            keystore = file;
        }
        return keystore;
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private String http() {
        return "http://localhost:" + server.port();
    }

    private ConnectionDiagnosis test(String url) {
        return test(PlatformEndpoint.atlas("t", URI.create(url), new PlatformAuth.Basic("admin", "platform/t"))
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3)));
    }

    private ConnectionDiagnosis test(PlatformEndpoint endpoint) {
        return AtlasConnectionTest.run(AtlasEndpoint.of(endpoint), secrets, ProgressMonitor.NONE);
    }

    private void atlasAnswers() {
        server.stubFor(get(urlEqualTo("/api/atlas/admin/version")).willReturn(okJson(
                "{\"Version\":\"2.4.0\",\"Name\":\"apache-atlas\",\"Description\":\"Metadata Management\"}")));
        server.stubFor(get(urlEqualTo("/api/atlas/v2/types/typedefs/headers?type=ENTITY")).willReturn(okJson("[]")));
    }

    @Test
    void anAtlasThatAnswersIsConnectedWithItsVersion() {
        atlasAnswers();
        ConnectionDiagnosis diagnosis = test(http());
        assertThat(diagnosis.ok()).isTrue();
        assertThat(diagnosis.version()).hasValue("2.4.0");
        assertThat(diagnosis.summary()).isEqualTo("Connected to Apache Atlas 2.4.0 at " + http() + ".");
    }

    @Test
    void anUnknownHostIsADnsProblem() {
        ConnectionDiagnosis diagnosis = test("https://no-such-atlas.invalid:21443");
        assertThat(diagnosis.ok()).isFalse();
        assertThat(diagnosis.summary()).contains("Cannot resolve the host name no-such-atlas.invalid (DNS)");
    }

    @Test
    void aClosedPortIsRefused() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConnectionDiagnosis diagnosis = test("http://127.0.0.1:" + port);
        assertThat(diagnosis.summary()).startsWith("Connection refused at 127.0.0.1:" + port);
    }

    @Test
    void rejectedCredentialsAreNamed() {
        server.stubFor(get(urlEqualTo("/api/atlas/admin/version")).willReturn(aResponse().withStatus(401)));
        assertThat(test(http()).summary()).contains("Atlas rejected the credentials (HTTP 401)");
    }

    @Test
    void aForbiddenUserIsNamed() {
        server.stubFor(get(urlEqualTo("/api/atlas/admin/version")).willReturn(aResponse().withStatus(403)));
        assertThat(test(http()).summary()).contains("may not read from Atlas (HTTP 403)");
    }

    @Test
    void aServerWithoutTheVersionCallIsNotAtlas() {
        server.stubFor(get(urlEqualTo("/api/atlas/admin/version")).willReturn(aResponse().withStatus(404)
                .withBody("<html>Not Found</html>")));
        assertThat(test(http()).summary()).contains("is not Apache Atlas");
    }

    @Test
    void aServerAnsweringSomethingElseIsNotAtlas() {
        server.stubFor(get(urlEqualTo("/api/atlas/admin/version")).willReturn(okJson("{\"status\":\"UP\"}")));
        ConnectionDiagnosis diagnosis = test(http());
        assertThat(diagnosis.ok()).isFalse();
        assertThat(diagnosis.summary()).contains("answers, but it is not Apache Atlas");
    }

    @Test
    void aSelfSignedCertificateIsNotTrustedByDefault() {
        atlasAnswers();
        ConnectionDiagnosis diagnosis = test("https://localhost:" + server.httpsPort());
        assertThat(diagnosis.ok()).isFalse();
        assertThat(diagnosis.summary()).contains("is not trusted").contains("CA file");
    }

    @Test
    void theCaFileMakesTheCertificateTrustedAndTheHostNameIsStillChecked() throws Exception {
        atlasAnswers();
        Path ca = temp.resolve("wiremock-ca.pem");
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(localhostKeystore())) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        Files.writeString(ca, pem((X509Certificate) store.getCertificate("atlas")));
        PlatformEndpoint endpoint = PlatformEndpoint.atlas("t", URI.create("https://localhost:" + server.httpsPort()),
                new PlatformAuth.Basic("admin", "platform/t")).withCaFile(ca);

        ConnectionDiagnosis trusted = test(endpoint);
        assertThat(trusted.ok()).as(trusted.summary()).isTrue();
        assertThat(trusted.steps()).anyMatch(step -> step.contains("over TLS (certificate trusted)"));

        ConnectionDiagnosis otherName = test(PlatformEndpoint.atlas("t", URI.create("https://127.0.0.1:"
                + server.httpsPort()), new PlatformAuth.Basic("admin", "platform/t")).withCaFile(ca));
        assertThat(otherName.ok()).isFalse();
        assertThat(otherName.summary()).contains("TLS");
    }

    @Test
    void aMissingSecretIsNamed() {
        atlasAnswers();
        ConnectionDiagnosis diagnosis = test(PlatformEndpoint.atlas("t", URI.create(http()),
                new PlatformAuth.Bearer("platform/other")));
        assertThat(diagnosis.summary()).isEqualTo("No password or token is stored for this connection.");
    }

    private static String pem(X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }
}
