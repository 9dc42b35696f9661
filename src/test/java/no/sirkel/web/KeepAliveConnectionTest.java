package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/**
 * Every request on one keep-alive connection is answered, also right after a refusal that needs no database (a 400 for
 * a bad query parameter, a 403 from a role check): the sequence that stalled the connection under Reactor Netty 1.3.6.
 * The client is a raw socket, so nothing between the test and the server opens a new connection; every read has a
 * timeout, so a stall fails the test instead of hanging it.
 */
@IntegrationTest
class KeepAliveConnectionTest {

    private static final int ROUNDS = 300;
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Test
    void answersEveryRequestOnOneConnectionAfterRefusalsThatNeedNoDatabase() throws IOException {
        TestApi api = new TestApi(client);
        String member = api.memberToken(api.createCompany("Keep-Alive Graving AS"));

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            RawHttp http = new RawHttp(socket);
            for (int round = 0; round < ROUNDS; round++) {
                String where = "round " + round + ": ";
                assertThat(http.get("/api/v1/me", TestApi.ADMIN_TOKEN)).as(where + "me").isEqualTo(200);
                assertThat(http.get("/api/v1/supplies?limit=many", TestApi.ADMIN_TOKEN)).as(where + "bad limit")
                        .isEqualTo(400);
                assertThat(http.get("/api/v1/me", TestApi.ADMIN_TOKEN)).as(where + "me after 400").isEqualTo(200);
                assertThat(http.get("/api/v1/scenarios", member)).as(where + "member lists scenarios").isEqualTo(403);
                assertThat(http.get("/api/v1/me", member)).as(where + "me after 403").isEqualTo(200);
            }
        }
    }

    /** HTTP/1.1 over one socket: writes a request, reads the whole answer (by Content-Length or chunks). */
    private static final class RawHttp {

        private final InputStream in;
        private final OutputStream out;

        RawHttp(Socket socket) throws IOException {
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        int get(String path, String token) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                String statusLine = line();
                int contentLength = -1;
                boolean chunked = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String lower = header.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        contentLength = Integer.parseInt(lower.substring(15).trim());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                }
                if (chunked) {
                    for (int size = Integer.parseInt(line().trim(), 16); size > 0;
                            size = Integer.parseInt(line().trim(), 16)) {
                        in.readNBytes(size);
                        line();
                    }
                    line();
                } else if (contentLength > 0) {
                    in.readNBytes(contentLength);
                }
                return Integer.parseInt(statusLine.split(" ")[1]);
            } catch (SocketTimeoutException stalled) {
                throw new AssertionError("no answer to GET " + path + " within " + READ_TIMEOUT_MILLIS + " ms",
                        stalled);
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.US_ASCII);
        }
    }
}
