package no.sirkel.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class BearerAuthenticationTest {

    @Autowired
    WebTestClient client;

    @Test
    void refusesApiCallsWithoutATokenAsProblemJson() {
        client.post().uri("/api/v1/tokens").bodyValue(Map.of("role", "PLANNER"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void refusesAnUnknownToken() {
        new TestApi(client).as("sk_not-a-real-token").post().uri("/api/v1/tokens")
                .bodyValue(Map.of("role", "PLANNER"))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void plannerTokenAuthenticatesButCannotIssueTokens() {
        TestApi api = new TestApi(client);
        String planner = api.plannerToken();
        api.as(planner).post().uri("/api/v1/tokens").bodyValue(Map.of("role", "PLANNER"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void memberTokenNeedsACompanyAndSaysSo() {
        new TestApi(client).asAdmin().post().uri("/api/v1/tokens").bodyValue(Map.of("role", "MEMBER"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("companyId");
    }

    @Test
    void unknownRoleIsNamed() {
        new TestApi(client).asAdmin().post().uri("/api/v1/tokens").bodyValue(Map.of("role", "KING"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("role");
    }

    @Test
    void malformedJsonIsABadRequest() {
        new TestApi(client).asAdmin().post().uri("/api/v1/tokens")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"role\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
