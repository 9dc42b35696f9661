package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class DemandApiTest {

    @Autowired
    WebTestClient client;

    private TestApi api;
    private UUID company;
    private UUID site;
    private String member;

    @BeforeEach
    void company() {
        api = new TestApi(client);
        company = api.createCompany("Fylling AS");
        site = api.createSite(company, "Ranheim", 10.52, 63.43);
        member = api.memberToken(company);
    }

    private Map<String, Object> demand(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new HashMap<>(Map.of("siteId", site.toString(),
                "accepts", List.of("SAND", "GRAVEL", "BLASTED_ROCK"), "maxContaminationClass", 2,
                "quantity", Map.of("amount", 1000, "unit", "m3_loose"), "kind", "RECURRING",
                "neededFrom", "2026-04-01", "neededTo", "2027-03-31", "maxHaulKm", 25,
                "description", "Fyllmasser til veg"));
        change.accept(body);
        return body;
    }

    private WebTestClient.ResponseSpec post(String token, Map<String, Object> body) {
        return api.as(token).post().uri("/api/v1/demands").bodyValue(body).exchange();
    }

    private int demandCount() {
        Map<?, ?> page = api.asAdmin().get()
                .uri("/api/v1/demands?companyId=" + company + "&status=DRAFT,ACTIVE,CLOSED,MATCHED")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).size();
    }

    private void refused(Map<String, Object> body, String field) {
        post(member, body).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
        assertThat(demandCount()).isZero();
    }

    @Test
    void memberListsADemandConvertedWithItsFirstAcceptedMaterial() {
        post(member, demand(body -> { }))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/demands/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.accepts[2]").isEqualTo("BLASTED_ROCK")
                .jsonPath("$.maxContaminationClass").isEqualTo(2)
                .jsonPath("$.tonnes").isEqualTo(1600.0)
                .jsonPath("$.kind").isEqualTo("RECURRING")
                .jsonPath("$.neededFrom").isEqualTo("2026-04-01")
                .jsonPath("$.maxHaulKm").isEqualTo(25.0)
                .jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.location.coordinates[0]").isEqualTo(10.52);
    }

    @Test
    void acceptsOnlyCleanMassesWhereNoClassIsGiven() {
        post(member, demand(body -> body.remove("maxContaminationClass")))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.maxContaminationClass").isEqualTo(1);
    }

    @Test
    void refusesAnUnknownAcceptedMaterialNamingItsPosition() {
        refused(demand(body -> body.put("accepts", List.of("SAND", "GRAVEL", "MOONDUST"))), "accepts[2]");
    }

    @Test
    void refusesAnEmptyOrRepeatingAcceptsList() {
        refused(demand(body -> body.put("accepts", List.of())), "accepts");
        refused(demand(body -> body.put("accepts", List.of("SAND", "SAND"))), "accepts[1]");
    }

    @Test
    void refusesAClassLimitOutsideOneToFiveOrWhereNoAcceptedMaterialHasClasses() {
        refused(demand(body -> body.put("maxContaminationClass", 6)), "maxContaminationClass");
        refused(demand(body -> body.put("accepts", List.of("SLAG", "FLY_ASH"))), "maxContaminationClass");
    }

    @Test
    void aDemandForAProductMadeByCrushingMayLimitItsClass() {
        post(member, demand(body -> body.put("accepts", List.of("CRUSHED_ROCK"))))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.maxContaminationClass").isEqualTo(2);
        post(member, demand(body -> {
            body.put("accepts", List.of("CRUSHED_ROCK"));
            body.remove("maxContaminationClass");
        })).expectStatus().isCreated()
                .expectBody().jsonPath("$.maxContaminationClass").doesNotExist();
    }

    @Test
    void refusesAHaulLimitOfZeroOrLess() {
        refused(demand(body -> body.put("maxHaulKm", 0)), "maxHaulKm");
        refused(demand(body -> body.put("maxHaulKm", -3)), "maxHaulKm");
    }

    @Test
    void refusesAWindowEndingBeforeItStarts() {
        refused(demand(body -> body.put("neededTo", "2026-01-01")), "neededTo");
    }

    @Test
    void refusesBadQuantitiesAndKinds() {
        refused(demand(body -> body.put("quantity", Map.of("amount", -1, "unit", "t"))), "quantity.amount");
        refused(demand(body -> body.put("quantity", Map.of("amount", 1e9, "unit", "t"))), "quantity.amount");
        refused(demand(body -> body.put("quantity", Map.of("amount", 1, "unit", "litres"))), "quantity.unit");
        refused(demand(body -> {
            body.put("accepts", List.of("ASPHALT"));
            body.remove("maxContaminationClass");
            body.put("quantity", Map.of("amount", 1, "unit", "m3_solid"));
        }), "quantity.unit");
        refused(demand(body -> body.put("kind", "WEEKLY")), "kind");
        refused(demand(body -> body.put("siteId", UUID.randomUUID().toString())), "siteId");
    }

    @Test
    void refusesADemandAtAnotherCompanysSite() {
        post(api.memberToken(api.createCompany("Fremmed AS")), demand(body -> { })).expectStatus().isForbidden();
        assertThat(demandCount()).isZero();
    }

    @Test
    void ownerPatchesAcceptedMaterialsAndOthersCannot() {
        Map<?, ?> created = post(member, demand(body -> { })).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        String path = "/api/v1/demands/" + created.get("id");
        api.as(api.memberToken(api.createCompany("Annen AS"))).patch().uri(path)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("maxHaulKm", 500)).exchange()
                .expectStatus().isForbidden();
        api.as(member).patch().uri(path).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of("accepts", List.of("MORAINE", "SAND"), "maxHaulKm", 40)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.accepts.length()").isEqualTo(2)
                .jsonPath("$.tonnes").isEqualTo(1750.0)
                .jsonPath("$.maxHaulKm").isEqualTo(40.0);
        api.as(member).patch().uri(path).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("maxHaulKm", 10)).exchange()
                .expectStatus().isEqualTo(412);
        api.as(member).delete().uri(path).exchange().expectStatus().isNoContent();
        api.as(member).get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED")
                .jsonPath("$.maxHaulKm").isEqualTo(40.0);
    }
}
