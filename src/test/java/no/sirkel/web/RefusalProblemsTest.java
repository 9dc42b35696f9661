package no.sirkel.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/** Refusals made before or below the controllers are problem+json naming the field, like every other refusal. */
@IntegrationTest
class RefusalProblemsTest {

    @Autowired
    WebTestClient client;

    @Test
    void refusesTextWithANulCharacterNamingTheField() {
        refused(new TestApi(client).asAdmin().post().uri("/api/v1/companies").bodyValue(Map.of("name", "Nul\u0000 AS",
                "orgNumber", TestApi.nextOrgNumber(), "contactEmail", "post@nul.no")), 422, "name");
    }

    @Test
    void refusesTextWithALoneSurrogateNamingTheField() {
        refused(new TestApi(client).asAdmin().post().uri("/api/v1/companies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Halv \\ud800 AS\",\"orgNumber\":\"" + TestApi.nextOrgNumber()
                        + "\",\"contactEmail\":\"post@halv.no\"}"), 422, "name");
    }

    @Test
    void refusesAQueryParameterWithANulCharacterNamingIt() {
        refused(new TestApi(client).asAdmin().get().uri("/api/v1/ewc-codes?q={q}", "stein\u0000"), 400, "q");
    }

    @Test
    void answersAValueOnlyTheDatabaseRefusesWith422NamingTheField() {
        refused(new TestApi(client).asAdmin().post().uri("/api/v1/facilities").bodyValue(Map.of("type", "DISPOSAL",
                "name", "\u0001", "gateFeePerTonne", 100,
                "location", Map.of("type", "Point", "coordinates", List.of(10.4, 63.4)))), 422, "name");
    }

    @Test
    void answersAnOverlongUriWith414ProblemJson() {
        refused(new TestApi(client).asAdmin().get().uri("/api/v1/companies?x=" + "a".repeat(10_000)), 414, "uri");
    }

    @Test
    void answersOverlargeHeadersWith431ProblemJson() {
        refused(new TestApi(client).asAdmin().get().uri("/api/v1/companies").header("X-Padding", "a".repeat(20_000)),
                431, "headers");
    }

    @Test
    void answersAnOverlargeBodyWith413ProblemJson() {
        refused(new TestApi(client).asAdmin().post().uri("/api/v1/companies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"" + "a".repeat(300_000) + "\"}"), 413, null);
    }

    private static void refused(WebTestClient.RequestHeadersSpec<?> request, int status, String field) {
        WebTestClient.BodyContentSpec body = request.exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
        if (field != null) {
            body.jsonPath("$.field").isEqualTo(field);
        }
    }
}
