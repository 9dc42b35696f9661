package no.sirkel.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
@SuppressWarnings("unchecked")
class SiteApiTest {

    @Autowired
    WebTestClient client;

    private static Map<String, Object> site(UUID companyId, String name, double lon, double lat) {
        return Map.of("companyId", companyId.toString(), "name", name, "municipality", "Trondheim",
                "address", "Sluppenvegen 1", "location", Map.of("type", "Point", "coordinates", List.of(lon, lat)));
    }

    @Test
    void memberRegistersASiteOfItsOwnCompany() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Sluppen Bygg AS");
        api.as(api.memberToken(company)).post().uri("/api/v1/sites").bodyValue(site(company, "Sluppen", 10.40, 63.40))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/sites/[0-9a-f-]{36}")
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.companyId").isEqualTo(company.toString())
                .jsonPath("$.name").isEqualTo("Sluppen")
                .jsonPath("$.location.type").isEqualTo("Point")
                .jsonPath("$.location.coordinates[0]").isEqualTo(10.40)
                .jsonPath("$.location.coordinates[1]").isEqualTo(63.40)
                .jsonPath("$.municipality").isEqualTo("Trondheim")
                .jsonPath("$.address").isEqualTo("Sluppenvegen 1");
    }

    @Test
    void memberMayLeaveOutItsCompany() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Heimdal Grunn AS");
        api.as(api.memberToken(company)).post().uri("/api/v1/sites")
                .bodyValue(Map.of("name", "Heimdal", "location", Map.of("type", "Point",
                        "coordinates", List.of(10.35, 63.35))))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.companyId").isEqualTo(company.toString());
    }

    @Test
    void refusesAMemberRegisteringASiteForAnotherCompany() {
        TestApi api = new TestApi(client);
        UUID mine = api.createCompany("Egen AS");
        UUID theirs = api.createCompany("Andres AS");
        api.as(api.memberToken(mine)).post().uri("/api/v1/sites").bodyValue(site(theirs, "Stjålet", 10.4, 63.4))
                .exchange()
                .expectStatus().isForbidden();
        api.asAdmin().get().uri("/api/v1/sites?companyId=" + theirs).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void refusesAPlannerRegisteringASite() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Plan AS");
        api.as(api.plannerToken()).post().uri("/api/v1/sites").bodyValue(site(company, "Plan", 10.4, 63.4))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void refusesALocationOutsideWgs84AndAMissingName() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Feil Posisjon AS");
        api.asAdmin().post().uri("/api/v1/sites")
                .bodyValue(Map.of("companyId", company.toString(),
                        "location", Map.of("type", "Point", "coordinates", List.of(10.4, 95.0))))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'name')]").exists()
                .jsonPath("$.errors[?(@.field == 'location.coordinates')]").exists();
    }

    @Test
    void refusesAnAdminSiteForAnUnknownCompany() {
        new TestApi(client).asAdmin().post().uri("/api/v1/sites").bodyValue(site(UUID.randomUUID(), "X", 10, 63))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("companyId");
    }

    @Test
    void membersSeeOnlyTheirOwnSitesAndPlannersSeeAll() {
        TestApi api = new TestApi(client);
        UUID mine = api.createCompany("Synlig AS");
        UUID theirs = api.createCompany("Usynlig AS");
        UUID mySite = api.createSite(mine, "Min tomt", 10.4, 63.4);
        UUID theirSite = api.createSite(theirs, "Deres tomt", 10.41, 63.41);
        String member = api.memberToken(mine);

        api.as(member).get().uri("/api/v1/sites?limit=1000").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].companyId").value(ids -> assertThat((List<Object>) ids)
                        .containsOnly(mine.toString()))
                .jsonPath("$.items[?(@.id == '" + mySite + "')]").exists();
        api.as(member).get().uri("/api/v1/sites?companyId=" + theirs).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        api.as(member).get().uri("/api/v1/sites/" + theirSite).exchange().expectStatus().isNotFound();

        String planner = api.plannerToken();
        api.as(planner).get().uri("/api/v1/sites?companyId=" + theirs).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(theirSite.toString());
        api.as(planner).get().uri("/api/v1/sites/" + theirSite).exchange().expectStatus().isOk();
    }

    @Test
    void filtersByBoundingBoxAndPagesWithACursor() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Boks AS");
        UUID inside = api.createSite(company, "Innenfor", 5.001, 60.001);
        api.createSite(company, "Utenfor", 5.2, 60.2);
        UUID alsoInside = api.createSite(company, "Også innenfor", 5.002, 60.002);

        api.asAdmin().get().uri("/api/v1/sites?companyId=" + company + "&bbox=5,60,5.01,60.01").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].id").value(ids -> assertThat((List<Object>) ids)
                        .containsExactlyInAnyOrder(inside.toString(), alsoInside.toString()));

        Map<?, ?> first = api.asAdmin().get().uri("/api/v1/sites?companyId=" + company + "&limit=2").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) first.get("items")).hasSize(2);
        api.asAdmin().get().uri("/api/v1/sites?companyId=" + company + "&limit=2&cursor=" + first.get("next"))
                .exchange()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.next").doesNotExist();
    }

    @Test
    void refusesMalformedQueryParametersNamingThem() {
        TestApi api = new TestApi(client);
        api.asAdmin().get().uri("/api/v1/sites?bbox=1,2,3").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("bbox");
        api.asAdmin().get().uri("/api/v1/sites?limit=1001").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("limit");
        api.asAdmin().get().uri("/api/v1/sites?companyId=nope").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("companyId");
    }

    @Test
    void ownerReplacesASiteAndAnotherCompanysMemberCannot() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Flytt AS");
        UUID other = api.createCompany("Nabo AS");
        UUID site = api.createSite(company, "Gammel", 10.4, 63.4);

        api.as(api.memberToken(other)).put().uri("/api/v1/sites/" + site)
                .bodyValue(site(company, "Kapret", 11, 64)).exchange()
                .expectStatus().isNotFound();
        api.as(api.memberToken(company)).put().uri("/api/v1/sites/" + site)
                .bodyValue(Map.of("name", "Ny", "location", Map.of("type", "Point", "coordinates", List.of(10.5, 63.5))))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Ny")
                .jsonPath("$.location.coordinates[0]").isEqualTo(10.5)
                .jsonPath("$.municipality").doesNotExist();
        api.asAdmin().put().uri("/api/v1/sites/" + site).bodyValue(site(other, "Bytt eier", 10.5, 63.5)).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("companyId");
        api.asAdmin().get().uri("/api/v1/sites/" + site).exchange()
                .expectBody().jsonPath("$.name").isEqualTo("Ny").jsonPath("$.companyId").isEqualTo(company.toString());
    }

    @Test
    void deletingASiteIsRefusedWhileItHasOpenListings() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Rydd AS");
        UUID site = api.createSite(company, "Ryddes", 10.4, 63.4);
        UUID supply = api.createSupply(site, "CLAY", 1, 100);
        String member = api.memberToken(company);

        api.as(api.memberToken(api.createCompany("Fremmed AS"))).delete().uri("/api/v1/sites/" + site).exchange()
                .expectStatus().isNotFound();
        api.as(member).delete().uri("/api/v1/sites/" + site).exchange()
                .expectStatus().isEqualTo(409);
        api.as(member).get().uri("/api/v1/sites/" + site).exchange().expectStatus().isOk();

        api.as(member).delete().uri("/api/v1/supplies/" + supply).exchange().expectStatus().isNoContent();
        api.as(member).delete().uri("/api/v1/sites/" + site).exchange().expectStatus().isNoContent();
        api.as(member).get().uri("/api/v1/sites/" + site).exchange().expectStatus().isNotFound();
        api.asAdmin().get().uri("/api/v1/supplies/" + supply).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CLOSED");
    }
}
