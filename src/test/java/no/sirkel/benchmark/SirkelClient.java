package no.sirkel.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Sirkel HTTP API as the benchmark calls it: blocking HTTP/1.1 calls, each calling thread on a keep-alive
 * connection of its own.
 *
 * <p>It speaks just enough HTTP/1.1 for the service (Content-Length or chunked bodies) over a plain socket, so that
 * the load generator, which shares the machine with the service, spends as little CPU per request as it can: the JDK's
 * {@code HttpClient} costs about as much CPU per request as the service itself.
 */
final class SirkelClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI base;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    SirkelClient(URI base) {
        this.base = base;
    }

    /** A response with the time from sending the request to having read the whole body. */
    record Answer(int status, String body, String contentType, long nanos) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The body's {@code id}, failing with the answer where the call did not succeed. */
        String id() {
            if (!ok()) {
                throw new IllegalStateException("HTTP " + status + ": " + body);
            }
            return json().get("id").asString();
        }
    }

    Answer post(String path, String token, Map<String, ?> body) {
        return send("POST", path, token, "application/json", JSON.writeValueAsBytes(body));
    }

    Answer get(String pathAndQuery, String token, String accept) {
        return send("GET", pathAndQuery, token, accept, null);
    }

    private Answer send(String method, String path, String token, String accept, byte[] body) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(base.getPath()).append(path)
                .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
                .append("\r\nAccept: ").append(accept);
        if (token != null) {
            head.append("\r\nAuthorization: Bearer ").append(token);
        }
        if (body != null) {
            head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length);
        }
        byte[] request = head.append("\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        try {
            Connection connection = connection();
            Answer answer = connection.exchange(request, body, start);
            if (connection.closedByServer) {
                closeConnection();
            }
            return answer;
        } catch (IOException e) {
            closeConnection();
            return new Answer(-1, e.toString(), "", System.nanoTime() - start);
        }
    }

    private Connection connection() throws IOException {
        Connection connection = connections.get();
        if (connection == null) {
            connection = new Connection(base);
            connections.set(connection);
        }
        return connection;
    }

    private void closeConnection() {
        Connection connection = connections.get();
        connections.remove();
        if (connection != null) {
            connection.close();
        }
    }

    /** One keep-alive connection, used by one thread. */
    private static final class Connection {

        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;
        private boolean closedByServer;

        Connection(URI base) throws IOException {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Answer exchange(byte[] head, byte[] body, long start) throws IOException {
            out.write(head);
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int contentLength = -1;
            boolean chunked = false;
            String contentType = "";
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "content-type" -> contentType = value;
                    case "connection" -> closedByServer = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            byte[] content = chunked ? chunkedBody() : in.readNBytes(Math.max(contentLength, 0));
            long elapsed = System.nanoTime() - start;
            return new Answer(status, new String(content, StandardCharsets.UTF_8), contentType, elapsed);
        }

        private byte[] chunkedBody() throws IOException {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                content.write(in.readNBytes(size));
                line();
            }
            String trailer;
            do {
                trailer = line();
            } while (!trailer.isEmpty());
            return content.toByteArray();
        }

        private int chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension).trim(), 16);
        }

        /** One header line without its CRLF; fails where the server closed the connection. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }
}
