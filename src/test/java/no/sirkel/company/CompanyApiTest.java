package no.sirkel.company;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class CompanyApiTest {

    @Autowired
    WebTestClient client;

    @Test
    void adminRegistersACompanyAndGetsItsLocation() {
        String orgNumber = TestApi.nextOrgNumber();
        new TestApi(client).asAdmin().post().uri("/api/v1/companies")
                .bodyValue(Map.of("name", "Orkla Masser AS", "orgNumber", orgNumber, "contactEmail", "post@om.no"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/companies/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.orgNumber").isEqualTo(orgNumber)
                .jsonPath("$.name").isEqualTo("Orkla Masser AS");
    }

    @Test
    void refusesAnOrganisationNumberWithABadCheckDigit() {
        new TestApi(client).asAdmin().post().uri("/api/v1/companies")
                .bodyValue(Map.of("name", "Feil AS", "orgNumber", "123456789", "contactEmail", "a@b.no"))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("orgNumber");
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        new TestApi(client).asAdmin().post().uri("/api/v1/companies").bodyValue(Map.of())
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[1].field").isEqualTo("orgNumber")
                .jsonPath("$.errors[2].field").isEqualTo("contactEmail");
    }

    @Test
    void refusesASecondCompanyWithTheSameOrganisationNumber() {
        String orgNumber = TestApi.nextOrgNumber();
        Map<String, String> company = Map.of("name", "Først AS", "orgNumber", orgNumber, "contactEmail", "a@b.no");
        TestApi api = new TestApi(client);
        api.asAdmin().post().uri("/api/v1/companies").bodyValue(company).exchange().expectStatus().isCreated();
        api.asAdmin().post().uri("/api/v1/companies").bodyValue(company)
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.field").isEqualTo("orgNumber");
    }

    @Test
    void membersCannotRegisterCompanies() {
        TestApi api = new TestApi(client);
        String member = api.memberToken(api.createCompany("Medlem AS"));
        api.as(member).post().uri("/api/v1/companies")
                .bodyValue(Map.of("name", "Snik AS", "orgNumber", TestApi.nextOrgNumber(), "contactEmail", "a@b.no"))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aMemberSeesItsOwnCompanyButNotAnothers() {
        TestApi api = new TestApi(client);
        UUID own = api.createCompany("Egen AS");
        UUID other = api.createCompany("Annen AS");
        String member = api.memberToken(own);
        api.as(member).get().uri("/api/v1/companies/{id}", own).exchange().expectStatus().isOk();
        api.as(member).get().uri("/api/v1/companies/{id}", other).exchange().expectStatus().isNotFound();
        api.as(member).get().uri("/api/v1/companies").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(own.toString());
    }

    @Test
    void plannersPageThroughAllCompanies() {
        TestApi api = new TestApi(client);
        api.createCompany("Side En AS");
        api.createCompany("Side To AS");
        api.as(api.plannerToken()).get().uri("/api/v1/companies?limit=1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.next").isNotEmpty();
    }
}
