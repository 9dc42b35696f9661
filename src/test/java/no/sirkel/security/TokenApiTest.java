package no.sirkel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class TokenApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() { };

    @Autowired
    WebTestClient client;

    @Test
    void aRevokedTokenIsRefusedOnTheVeryNextRequest() {
        TestApi api = new TestApi(client);
        Map<String, Object> issued = issue(Map.of("role", "PLANNER", "label", "soon revoked"));
        String token = (String) issued.get("token");
        api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isOk();

        api.asAdmin().delete().uri("/api/v1/tokens/{id}", issued.get("id")).exchange().expectStatus().isNoContent();

        api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aTokenIsRefusedOnceItsExpiryHasPassed() throws InterruptedException {
        TestApi api = new TestApi(client);
        OffsetDateTime expiresAt = OffsetDateTime.now().plusSeconds(2);
        Map<String, Object> issued = issue(Map.of("role", "PLANNER", "label", "short-lived",
                "expiresAt", expiresAt.toString()));
        assertThat(OffsetDateTime.parse((String) issued.get("expiresAt")).toInstant())
                .isEqualTo(expiresAt.toInstant().truncatedTo(ChronoUnit.MICROS));
        api.as((String) issued.get("token")).get().uri("/api/v1/me").exchange().expectStatus().isOk();

        Thread.sleep(2_500);

        api.as((String) issued.get("token")).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void refusesAnExpiryInThePastNamingTheField() {
        new TestApi(client).asAdmin().post().uri("/api/v1/tokens")
                .bodyValue(Map.of("role", "PLANNER", "expiresAt", "2020-01-01T00:00:00Z"))
                .exchange().expectStatus().isEqualTo(422).expectBody().jsonPath("$.field").isEqualTo("expiresAt");
    }

    @Test
    void anAdminListsEveryTokenAndNoListingShowsATokenItself() {
        Map<String, Object> issued = issue(Map.of("role", "PLANNER", "label", "listed"));

        List<Map<String, Object>> listed = list(TestApi.ADMIN_TOKEN);

        assertThat(listed).anySatisfy(token -> assertThat(token).containsEntry("id", issued.get("id"))
                .containsEntry("label", "listed").containsEntry("role", "PLANNER").doesNotContainKeys("token"));
        assertThat(listed.toString()).doesNotContain((String) issued.get("token"))
                .doesNotContain(Tokens.hash((String) issued.get("token")));
    }

    @Test
    void aMemberSeesAndRevokesItsCompanysTokensOnly() {
        TestApi api = new TestApi(client);
        UUID ours = api.createCompany("Token Eier AS");
        UUID theirs = api.createCompany("Token Andre AS");
        String member = api.memberToken(ours);
        Map<String, Object> colleague = issue(Map.of("role", "MEMBER", "companyId", ours.toString()));
        Map<String, Object> competitor = issue(Map.of("role", "MEMBER", "companyId", theirs.toString()));

        List<Map<String, Object>> listed = list(member);

        assertThat(listed).hasSize(2).allSatisfy(token -> assertThat(token).containsEntry("companyId", ours.toString()));
        api.as(member).delete().uri("/api/v1/tokens/{id}", competitor.get("id")).exchange().expectStatus().isNotFound();
        api.as((String) competitor.get("token")).get().uri("/api/v1/me").exchange().expectStatus().isOk();
        api.as(member).delete().uri("/api/v1/tokens/{id}", colleague.get("id")).exchange()
                .expectStatus().isNoContent();
        api.as((String) colleague.get("token")).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
        api.as(api.plannerToken()).get().uri("/api/v1/tokens").exchange().expectStatus().isForbidden();
    }

    private Map<String, Object> issue(Map<String, String> request) {
        return new TestApi(client).asAdmin().post().uri("/api/v1/tokens").bodyValue(request)
                .exchange().expectStatus().isCreated().expectBody(JSON_OBJECT).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String token) {
        Map<String, Object> page = new TestApi(client).as(token).get().uri("/api/v1/tokens").exchange()
                .expectStatus().isOk().expectBody(JSON_OBJECT).returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }
}
