package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/** A client that goes away in the middle of its request is no error of the service's: nothing is logged at ERROR. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ClientAbortTest {

    @LocalServerPort
    int port;

    @Test
    void aClientThatHangsUpMidRequestOrBeforeItsAnswerIsNotLoggedAsAnError(CapturedOutput output) throws Exception {
        for (int i = 0; i < 20; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/companies HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + TestApi.ADMIN_TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                        + "{\"name\":\"Avbrutt").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                socket.setSoLinger(true, 0);
            }
        }
        for (int i = 0; i < 20; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("GET /api/v1/ewc-codes HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + "Bearer " + TestApi.ADMIN_TOKEN + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.setSoLinger(true, 0);
            }
        }
        Thread.sleep(2_000);

        assertThat(output.getAll()).doesNotContain(" ERROR ");
    }
}
