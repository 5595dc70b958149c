package org.steward.connectors.atlas.client;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.steward.model.platform.SecretStore;
import org.steward.model.task.CancelledException;
import org.steward.model.task.ProgressMonitor;

/**
 * A signed-in connection to one Atlas server. Each request waits at most the endpoint's read timeout for an answer,
 * and gives up at once when the monitor is cancelled (the caller's thread never sits in a blocking socket read).
 * A non-2xx answer or a network failure becomes an {@link AtlasException}. Thread-safe.
 */
public final class AtlasSession {
    private static final long POLL_MILLIS = 50;

    private final AtlasEndpoint endpoint;
    private final HttpClient http;
    private final String authorization;

    private AtlasSession(AtlasEndpoint endpoint, HttpClient http, String authorization) {
        this.endpoint = endpoint;
        this.http = http;
        this.authorization = authorization;
    }

    /** Opens a session, reading the password or token from {@code secrets}. */
    public static AtlasSession open(AtlasEndpoint endpoint, SecretStore secrets) {
        char[] secret = secrets.secret(endpoint.auth().secretRef()).orElseThrow(() -> AtlasException.of(endpoint,
                null, AtlasFailure.NO_SECRET, "no password or token is stored under '" + endpoint.auth().secretRef()
                        + "'; add it in Platforms or with `steward platforms add`", null));
        try {
            return open(endpoint, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Opens a session with the secret given directly (the caller clears it). */
    public static AtlasSession open(AtlasEndpoint endpoint, char[] secret) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(endpoint.connectTimeout())
                .sslContext(AtlasTrust.sslContext(endpoint))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new AtlasSession(endpoint, http, authorization(endpoint.auth(), secret));
    }

    private static String authorization(AtlasAuth auth, char[] secret) {
        if (auth instanceof AtlasAuth.Basic basic) {
            CharBuffer chars = CharBuffer.allocate(basic.user().length() + 1 + secret.length);
            chars.put(basic.user()).put(':').put(secret).flip();
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            Arrays.fill(chars.array(), '\0');
            String header = "Basic " + Base64.getEncoder().encodeToString(raw);
            Arrays.fill(raw, (byte) 0);
            return header;
        }
        return "Bearer " + new String(secret);
    }

    public AtlasEndpoint endpoint() {
        return endpoint;
    }

    public AtlasResponse get(String pathAndQuery, ProgressMonitor monitor) {
        return send("GET", pathAndQuery, null, monitor);
    }

    public AtlasResponse post(String pathAndQuery, byte[] json, ProgressMonitor monitor) {
        return send("POST", pathAndQuery, json, monitor);
    }

    public AtlasResponse put(String pathAndQuery, byte[] json, ProgressMonitor monitor) {
        return send("PUT", pathAndQuery, json, monitor);
    }

    public AtlasResponse delete(String pathAndQuery, ProgressMonitor monitor) {
        return send("DELETE", pathAndQuery, null, monitor);
    }

    /** Sends one request and waits for the answer (see {@link Call#await}); {@code json} may be {@code null}. */
    public AtlasResponse send(String method, String pathAndQuery, byte[] json, ProgressMonitor monitor) {
        return begin(method, pathAndQuery, json).await(monitor);
    }

    /** Starts a request without waiting, so that several can be in flight; {@link Call#await} gets the answer. */
    public Call begin(String method, String pathAndQuery, byte[] json) {
        String request = method + " " + pathOnly(pathAndQuery);
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(pathAndQuery))
                .timeout(endpoint.readTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (json != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return new Call(request, http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** A request in flight. */
    public final class Call {
        private final String request;
        private final CompletableFuture<HttpResponse<byte[]>> pending;

        private Call(String request, CompletableFuture<HttpResponse<byte[]>> pending) {
            this.request = request;
            this.pending = pending;
        }

        /** The method and path, as messages name it. */
        public String request() {
            return request;
        }

        /**
         * Waits for the answer, polling {@code monitor} for cancel.
         *
         * @throws AtlasException     on a non-2xx status or a network, TLS or timeout failure
         * @throws CancelledException when the monitor was cancelled while waiting
         */
        public AtlasResponse await(ProgressMonitor monitor) {
            HttpResponse<byte[]> response = waitFor(monitor);
            if (response.statusCode() / 100 != 2) {
                throw AtlasErrors.fromStatus(endpoint, request, response.statusCode(), response.headers(),
                        response.body());
            }
            return new AtlasResponse(response.statusCode(), response.headers(), response.body());
        }

        public void cancel() {
            pending.cancel(true);
        }

        private HttpResponse<byte[]> waitFor(ProgressMonitor monitor) {
            // The request timeout covers waiting for the headers; this deadline also bounds a trickling body.
            long deadline = System.nanoTime() + endpoint.connectTimeout().toNanos()
                    + 2 * endpoint.readTimeout().toNanos();
            while (true) {
                if (monitor.isCancelled()) {
                    pending.cancel(true);
                    throw new CancelledException();
                }
                try {
                    return pending.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        pending.cancel(true);
                        throw AtlasErrors.network(endpoint, request,
                                new HttpTimeoutException("response body too slow"));
                    }
                } catch (InterruptedException e) {
                    pending.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                } catch (ExecutionException e) {
                    throw AtlasErrors.network(endpoint, request, e.getCause());
                }
            }
        }
    }

    private static String pathOnly(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
