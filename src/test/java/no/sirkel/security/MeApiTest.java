package no.sirkel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class MeApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void showsAMemberItsRoleCompanyAndTokenLabel() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Me Graving AS");
        String token = api.memberToken(company);

        Map<String, Object> me = api.as(token).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();

        assertThat(me).containsEntry("role", "MEMBER").containsEntry("companyId", company.toString())
                .containsEntry("companyName", "Me Graving AS").containsEntry("tokenLabel", "test member");
    }

    @Test
    void showsAPlannerItsRoleWithoutACompany() {
        TestApi api = new TestApi(client);

        Map<String, Object> me = api.as(api.plannerToken()).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();

        assertThat(me).containsEntry("role", "PLANNER").containsEntry("tokenLabel", "test planner")
                .doesNotContainKeys("companyId", "companyName");
    }

    @Test
    void refusesACallerWithoutAToken() {
        client.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void refusesAnUnknownToken() {
        new TestApi(client).as("sk_not-a-token").get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    }
}
