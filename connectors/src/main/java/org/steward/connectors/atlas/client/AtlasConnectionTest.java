package org.steward.connectors.atlas.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.steward.model.platform.ConnectionDiagnosis;
import org.steward.model.platform.SecretStore;
import org.steward.model.task.ProgressMonitor;

/**
 * "Test connection": resolves the host, then asks Atlas for its version and its type headers, and says in one line
 * what is wrong when something is: DNS, connection refused, timeout, TLS not trusted or for another host, credentials
 * rejected, not allowed, or a server that is not Atlas.
 */
public final class AtlasConnectionTest {
    static final String VERSION_PATH = "/api/atlas/admin/version";
    static final String TYPE_HEADERS_PATH = "/api/atlas/v2/types/typedefs/headers?type=ENTITY";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AtlasConnectionTest() {
    }

    public static ConnectionDiagnosis run(AtlasEndpoint endpoint, SecretStore secrets, ProgressMonitor monitor) {
        List<String> steps = new ArrayList<>();
        String host = endpoint.baseUrl().getHost();
        try {
            String addresses = Arrays.stream(InetAddress.getAllByName(host)).map(InetAddress::getHostAddress)
                    .distinct().limit(3).collect(Collectors.joining(", "));
            steps.add("DNS: " + host + " resolves to " + addresses);
        } catch (UnknownHostException e) {
            steps.add("DNS: " + host + " does not resolve");
            return new ConnectionDiagnosis(false, "Cannot resolve the host name " + host
                    + " (DNS). Check the URL or your network.", steps, Optional.empty());
        }
        try {
            AtlasSession session = AtlasSession.open(endpoint, secrets);
            AtlasResponse answer = session.get(VERSION_PATH, monitor);
            steps.add("Connected to " + host + ":" + AtlasErrors.port(endpoint)
                    + ("https".equalsIgnoreCase(endpoint.baseUrl().getScheme()) ? " over TLS (certificate trusted)" : ""));
            Optional<String> version = version(answer.body());
            if (version.isEmpty()) {
                steps.add(VERSION_PATH + " answered without an Atlas version");
                return new ConnectionDiagnosis(false, "The server at " + endpoint.baseUrl()
                        + " answers, but it is not Apache Atlas (no version at " + VERSION_PATH + ").", steps,
                        Optional.empty());
            }
            steps.add("Signed in; the server is Apache Atlas " + version.get());
            session.get(TYPE_HEADERS_PATH, monitor);
            steps.add("Type definitions are readable");
            return new ConnectionDiagnosis(true, "Connected to Apache Atlas " + version.get() + " at "
                    + endpoint.baseUrl() + ".", steps, version);
        } catch (AtlasException e) {
            steps.add(e.getMessage());
            return new ConnectionDiagnosis(false, verdict(endpoint, e), steps, Optional.empty());
        }
    }

    private static Optional<String> version(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode version = node == null ? null : node.get("Version");
            return version == null || !version.isTextual() ? Optional.empty() : Optional.of(version.asText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String verdict(AtlasEndpoint endpoint, AtlasException e) {
        String where = endpoint.baseUrl().getHost() + ":" + AtlasErrors.port(endpoint);
        return switch (e.failure()) {
            case REFUSED -> "Connection refused at " + where + ": nothing listens there. Check the port and that"
                    + " Atlas is running.";
            case CONNECT_TIMEOUT -> "No connection to " + where + " within " + endpoint.connectTimeout().toSeconds()
                    + " s: a firewall or a wrong address.";
            case READ_TIMEOUT -> "Connected, but the server did not answer within "
                    + endpoint.readTimeout().toSeconds() + " s.";
            case TLS_UNTRUSTED -> "The TLS certificate of " + where + " is not trusted. Add the CA certificate that"
                    + " signed it as the connection's CA file.";
            case TLS_HOSTNAME -> "The TLS certificate of " + where + " is for another host name. Use the name the"
                    + " certificate was issued for.";
            case TLS -> "The TLS handshake with " + where + " failed: " + e.getMessage();
            case CREDENTIALS_REJECTED -> "Atlas rejected the credentials (HTTP 401). Check the user name and"
                    + " password or token.";
            case FORBIDDEN -> "Signed in, but the user may not read from Atlas (HTTP 403).";
            case NOT_FOUND -> "The server at " + endpoint.baseUrl() + " is not Apache Atlas, or the URL has a wrong"
                    + " path (HTTP 404 for " + VERSION_PATH + ").";
            case NO_SECRET -> "No password or token is stored for this connection.";
            default -> e.getMessage();
        };
    }
}
