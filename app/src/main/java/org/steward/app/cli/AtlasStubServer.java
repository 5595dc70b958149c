package org.steward.app.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny HTTP/1.1 server on the loopback interface for benchmarks: keep-alive connections, Content-Length bodies,
 * one handler. Not a general web server: it exists so {@code steward bench atlas} needs no Atlas and no test
 * library in the shipped app.
 */
final class AtlasStubServer implements AutoCloseable {
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    record Request(String method, String target, Map<String, String> headers, byte[] body) {
        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        String query() {
            int query = target.indexOf('?');
            return query < 0 ? "" : target.substring(query + 1);
        }
    }

    record Response(int status, byte[] body) {
        static Response json(byte[] body) {
            return new Response(200, body);
        }
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "atlas-stub");
        thread.setDaemon(true);
        return thread;
    });
    private final Function<Request, Response> handler;

    AtlasStubServer(Function<Request, Response> handler) throws IOException {
        this.handler = handler;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.execute(this::accept);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = new BufferedInputStream(client.getInputStream());
             OutputStream out = client.getOutputStream()) {
            while (true) {
                Request request = read(in);
                if (request == null) {
                    return;
                }
                Response response = handler.apply(request);
                out.write(("HTTP/1.1 " + response.status() + " " + (response.status() == 200 ? "OK" : "Error")
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + response.body().length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(response.body());
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new IOException("headers too large");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Request(parts[0], parts.length > 1 ? parts[1] : "/", headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        for (int next = in.read(); next != -1; next = in.read()) {
            if (next == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(next);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
