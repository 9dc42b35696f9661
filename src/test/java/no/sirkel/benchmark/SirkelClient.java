package no.sirkel.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Sirkel HTTP API as the benchmark calls it: blocking calls over one shared HTTP/1.1 client. */
final class SirkelClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

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
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return send(request);
    }

    Answer get(String pathAndQuery, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(TIMEOUT)
                .header("Accept", accept).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), elapsed);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), "", System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
