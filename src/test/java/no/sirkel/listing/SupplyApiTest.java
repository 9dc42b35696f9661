package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
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
class SupplyApiTest {

    @Autowired
    WebTestClient client;

    private TestApi api;
    private UUID company;
    private UUID site;
    private String member;

    @BeforeEach
    void company() {
        api = new TestApi(client);
        company = api.createCompany("Masse AS");
        site = api.createSite(company, "Brattøra", 10.40, 63.44);
        member = api.memberToken(company);
    }

    private Map<String, Object> supply(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new HashMap<>(Map.of("siteId", site.toString(), "material", "CLAY",
                "contaminationClass", 2, "quantity", Map.of("amount", 1200, "unit", "t"), "kind", "ONE_OFF",
                "availableFrom", "2026-03-01", "availableTo", "2026-06-30", "description", "Leire fra byggegrop"));
        change.accept(body);
        return body;
    }

    private WebTestClient.ResponseSpec post(String token, Map<String, Object> body) {
        return api.as(token).post().uri("/api/v1/supplies").bodyValue(body).exchange();
    }

    private UUID create(Map<String, Object> body) {
        Map<?, ?> created = post(member, body).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    /** How many supplies, in any status, the company has: refusals must leave it unchanged. */
    private int supplyCount() {
        Map<?, ?> page = api.asAdmin().get()
                .uri("/api/v1/supplies?companyId=" + company + "&status=DRAFT,ACTIVE,CLOSED,MATCHED&limit=1000")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).size();
    }

    private void refused(Map<String, Object> body, int status, String field) {
        post(member, body).expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
        assertThat(supplyCount()).isZero();
    }

    private Map<?, ?> get(UUID id) {
        return api.asAdmin().get().uri("/api/v1/supplies/" + id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void memberListsASupplyAtItsOwnSite() {
        post(member, supply(body -> { }))
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/supplies/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.siteId").isEqualTo(site.toString())
                .jsonPath("$.companyId").isEqualTo(company.toString())
                .jsonPath("$.material").isEqualTo("CLAY")
                .jsonPath("$.contaminationClass").isEqualTo(2)
                .jsonPath("$.quantity.amount").isEqualTo(1200.0)
                .jsonPath("$.quantity.unit").isEqualTo("t")
                .jsonPath("$.tonnes").isEqualTo(1200.0)
                .jsonPath("$.kind").isEqualTo("ONE_OFF")
                .jsonPath("$.availableFrom").isEqualTo("2026-03-01")
                .jsonPath("$.availableTo").isEqualTo("2026-06-30")
                .jsonPath("$.status").isEqualTo("ACTIVE")
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.location.type").isEqualTo("Point")
                .jsonPath("$.location.coordinates[0]").isEqualTo(10.40)
                .jsonPath("$.location.coordinates[1]").isEqualTo(63.44);
    }

    @Test
    void convertsVolumesToTonnesWithTheMaterialsDensityAndSwellFactor() {
        // CLAY: 1.50 t per loose m³, swell factor 1.35
        assertThat(get(create(supply(body -> body.put("quantity", Map.of("amount", 100, "unit", "m3_loose")))))
                .get("tonnes")).isEqualTo(150.0);
        assertThat((Double) get(create(supply(body -> body.put("quantity",
                Map.of("amount", 100, "unit", "m3_solid"))))).get("tonnes")).isCloseTo(202.5, within());
        assertThat(get(create(supply(body -> {
            body.put("quantity", Map.of("amount", 100, "unit", "m3_solid"));
            body.put("densityTonnesPerM3", 2.1);
        }))).get("tonnes")).isEqualTo(210.0);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void acceptsADraftButNoOtherStatusAtCreation() {
        post(member, supply(body -> body.put("status", "DRAFT")))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT");
        post(member, supply(body -> body.put("status", "CLOSED")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("status");
    }

    @Test
    void refusesAnUnknownMaterial() {
        refused(supply(body -> body.put("material", "KRYPTONITE")), 422, "material");
    }

    @Test
    void refusesAContaminationClassOutsideOneToFive() {
        refused(supply(body -> body.put("contaminationClass", 6)), 422, "contaminationClass");
        refused(supply(body -> body.put("contaminationClass", 0)), 422, "contaminationClass");
    }

    @Test
    void refusesAContaminationClassForAMaterialWithoutClasses() {
        refused(supply(body -> body.put("material", "SLAG")), 422, "contaminationClass");
    }

    @Test
    void requiresAContaminationClassWhereClassesApply() {
        refused(supply(body -> body.remove("contaminationClass")), 422, "contaminationClass");
    }

    @Test
    void refusesSupplyWithZeroOrNegativeAmount() {
        refused(supply(body -> body.put("quantity", Map.of("amount", 0, "unit", "t"))), 422, "quantity.amount");
        refused(supply(body -> body.put("quantity", Map.of("amount", -5, "unit", "t"))), 422, "quantity.amount");
    }

    @Test
    void refusesAnAbsurdlyLargeQuantity() {
        refused(supply(body -> body.put("quantity", Map.of("amount", 60_000_000, "unit", "t"))), 422,
                "quantity.amount");
        refused(supply(body -> body.put("quantity", Map.of("amount", 40_000_000, "unit", "m3_loose"))), 422,
                "quantity.amount");
    }

    @Test
    void refusesAnUnknownUnit() {
        refused(supply(body -> body.put("quantity", Map.of("amount", 10, "unit", "barrels"))), 422, "quantity.unit");
    }

    @Test
    void refusesSolidCubicMetresOfAMaterialWithoutSwellFactorUnlessADensityIsGiven() {
        refused(supply(body -> {
            body.put("material", "CONCRETE");
            body.put("quantity", Map.of("amount", 10, "unit", "m3_solid"));
        }), 422, "quantity.unit");
        post(member, supply(body -> {
            body.put("material", "CONCRETE");
            body.put("quantity", Map.of("amount", 10, "unit", "m3_solid"));
            body.put("densityTonnesPerM3", 2.3);
        })).expectStatus().isCreated().expectBody().jsonPath("$.tonnes").isEqualTo(23.0);
    }

    @Test
    void refusesADensityOutsideWhatMaterialsHave() {
        refused(supply(body -> body.put("densityTonnesPerM3", 0)), 422, "densityTonnesPerM3");
        refused(supply(body -> body.put("densityTonnesPerM3", 25)), 422, "densityTonnesPerM3");
    }

    @Test
    void refusesAWindowEndingBeforeItStarts() {
        refused(supply(body -> body.put("availableTo", "2026-02-01")), 422, "availableTo");
    }

    @Test
    void refusesAnUnreadableDateNamingIt() {
        refused(supply(body -> body.put("availableFrom", "2026-02-31")), 400, "availableFrom");
    }

    @Test
    void refusesAnUnknownKind() {
        refused(supply(body -> body.put("kind", "SOMETIMES")), 422, "kind");
    }

    @Test
    void refusesAnUnknownSite() {
        refused(supply(body -> body.put("siteId", UUID.randomUUID().toString())), 422, "siteId");
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        post(member, Map.of()).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'siteId')]").exists()
                .jsonPath("$.errors[?(@.field == 'material')]").exists()
                .jsonPath("$.errors[?(@.field == 'quantity')]").exists()
                .jsonPath("$.errors[?(@.field == 'kind')]").exists();
    }

    @Test
    void refusesASupplyAtAnotherCompanysSite() {
        UUID other = api.createCompany("Annen AS");
        post(api.memberToken(other), supply(body -> { })).expectStatus().isForbidden();
        post(api.plannerToken(), supply(body -> { })).expectStatus().isForbidden();
        assertThat(supplyCount()).isZero();
    }

    @Test
    void refusesASupplyAtAnotherCompanysSiteEvenWithOtherMistakes() {
        UUID other = api.createCompany("Feil AS");
        post(api.memberToken(other), supply(body -> body.put("material", "NO_SUCH_MATERIAL")))
                .expectStatus().isForbidden();
        assertThat(supplyCount()).isZero();
    }

    @Test
    void refusesADeletedSite() {
        api.as(member).delete().uri("/api/v1/sites/" + site).exchange().expectStatus().isNoContent();
        refused(supply(body -> { }), 422, "siteId");
    }

    @Test
    void adminListsASupplyForTheCompanyOfTheSite() {
        api.asAdmin().post().uri("/api/v1/supplies").bodyValue(supply(body -> { })).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.companyId").isEqualTo(company.toString());
        assertThat(supplyCount()).isOne();
    }

    @Test
    void anyRoleReadsAnActiveSupplyWithItsVersionAsETag() {
        UUID id = create(supply(body -> { }));
        for (String token : List.of(member, api.plannerToken(), api.memberToken(api.createCompany("Leser AS")))) {
            api.as(token).get().uri("/api/v1/supplies/" + id).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                    .expectBody().jsonPath("$.id").isEqualTo(id.toString());
        }
        api.as(member).get().uri("/api/v1/supplies/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange()
                .expectStatus().isNotModified();
        api.as(member).get().uri("/api/v1/supplies/" + UUID.randomUUID()).exchange().expectStatus().isNotFound();
    }

    @Test
    void anotherCompanysDraftDoesNotExistForAMember() {
        UUID draft = create(supply(body -> body.put("status", "DRAFT")));
        api.as(api.memberToken(api.createCompany("Nysgjerrig AS"))).get().uri("/api/v1/supplies/" + draft)
                .exchange().expectStatus().isNotFound();
        api.as(member).get().uri("/api/v1/supplies/" + draft).exchange().expectStatus().isOk();
        api.as(api.plannerToken()).get().uri("/api/v1/supplies/" + draft).exchange().expectStatus().isOk();
    }

    @Test
    void ownerReplacesASupplyAndTheVersionMovesOn() {
        UUID id = create(supply(body -> { }));
        api.as(member).put().uri("/api/v1/supplies/" + id).header(HttpHeaders.IF_MATCH, "\"0\"")
                .bodyValue(supply(body -> {
                    body.put("quantity", Map.of("amount", 200, "unit", "m3_loose"));
                    body.remove("description");
                    body.remove("availableTo");
                }))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.tonnes").isEqualTo(300.0)
                .jsonPath("$.description").isEqualTo("")
                .jsonPath("$.availableTo").doesNotExist()
                .jsonPath("$.status").isEqualTo("ACTIVE");
    }

    @Test
    void refusesAWriteWithAStaleIfMatchAndChangesNothing() {
        UUID id = create(supply(body -> { }));
        api.as(member).patch().uri("/api/v1/supplies/" + id).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of("description", "første")).exchange().expectStatus().isOk();
        api.as(member).patch().uri("/api/v1/supplies/" + id).header(HttpHeaders.IF_MATCH, "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "andre")).exchange().expectStatus().isEqualTo(412);
        api.as(member).put().uri("/api/v1/supplies/" + id).header(HttpHeaders.IF_MATCH, "\"0\"")
                .bodyValue(supply(body -> { })).exchange().expectStatus().isEqualTo(412);
        api.as(member).delete().uri("/api/v1/supplies/" + id).header(HttpHeaders.IF_MATCH, "\"0\"")
                .exchange().expectStatus().isEqualTo(412);
        Map<?, ?> now = get(id);
        assertThat(now.get("description")).isEqualTo("første");
        assertThat(now.get("version")).isEqualTo(1);
        assertThat(now.get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anotherCompanysMemberCannotChangeOrWithdrawASupply() {
        UUID id = create(supply(body -> { }));
        String stranger = api.memberToken(api.createCompany("Inntrenger AS"));
        api.as(stranger).put().uri("/api/v1/supplies/" + id).bodyValue(supply(body -> body.put("description", "x")))
                .exchange().expectStatus().isForbidden();
        api.as(stranger).patch().uri("/api/v1/supplies/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "CLOSED")).exchange().expectStatus().isForbidden();
        api.as(stranger).delete().uri("/api/v1/supplies/" + id).exchange().expectStatus().isForbidden();
        api.as(api.plannerToken()).delete().uri("/api/v1/supplies/" + id).exchange().expectStatus().isForbidden();
        Map<?, ?> now = get(id);
        assertThat(now.get("version")).isEqualTo(0);
        assertThat(now.get("status")).isEqualTo("ACTIVE");
        assertThat(now.get("description")).isEqualTo("Leire fra byggegrop");
    }

    @Test
    void patchMergesIntoTheSupplyAndRecomputesTonnes() {
        UUID id = create(supply(body -> { }));
        api.as(member).patch().uri("/api/v1/supplies/" + id)
                .contentType(MediaType.parseMediaType("application/merge-patch+json"))
                .bodyValue(Map.of("quantity", Map.of("amount", 10))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.quantity.unit").isEqualTo("t")
                .jsonPath("$.tonnes").isEqualTo(10.0);
        api.as(member).patch().uri("/api/v1/supplies/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"quantity\": {\"unit\": \"m3_loose\"}, \"availableTo\": null}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tonnes").isEqualTo(15.0)
                .jsonPath("$.availableTo").doesNotExist()
                .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void patchRefusesInvalidResultsNamingTheFieldAndChangesNothing() {
        UUID id = create(supply(body -> { }));
        api.as(member).patch().uri("/api/v1/supplies/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("material", "UNOBTAINIUM")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("material");
        api.as(member).patch().uri("/api/v1/supplies/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("quantity", Map.of("amount", "lots"))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("quantity.amount");
        api.as(member).patch().uri("/api/v1/supplies/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("availableFrom", "2026-09-01")).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("availableTo");
        assertThat(get(id).get("version")).isEqualTo(0);
    }

    @Test
    void statusMovesFromDraftToActiveToClosedOnly() {
        UUID id = create(supply(body -> body.put("status", "DRAFT")));
        patchStatus(id, "CLOSED").expectStatus().isEqualTo(409);
        patchStatus(id, "MATCHED").expectStatus().isEqualTo(409);
        patchStatus(id, "ACTIVE").expectStatus().isOk();
        patchStatus(id, "DRAFT").expectStatus().isEqualTo(409);
        patchStatus(id, "CLOSED").expectStatus().isOk();
        patchStatus(id, "ACTIVE").expectStatus().isEqualTo(409);
        api.as(member).patch().uri("/api/v1/supplies/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "etter stenging")).exchange().expectStatus().isEqualTo(409);
        assertThat(get(id).get("status")).isEqualTo("CLOSED");
    }

    private WebTestClient.ResponseSpec patchStatus(UUID id, String status) {
        return api.as(member).patch().uri("/api/v1/supplies/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", status)).exchange();
    }

    @Test
    void deleteRemovesADraftAndClosesAnActiveSupply() {
        UUID draft = create(supply(body -> body.put("status", "DRAFT")));
        UUID active = create(supply(body -> { }));
        api.as(member).delete().uri("/api/v1/supplies/" + draft).exchange().expectStatus().isNoContent();
        api.asAdmin().get().uri("/api/v1/supplies/" + draft).exchange().expectStatus().isNotFound();
        api.as(member).delete().uri("/api/v1/supplies/" + active).header(HttpHeaders.IF_MATCH, "\"0\"").exchange()
                .expectStatus().isNoContent();
        Map<?, ?> closed = get(active);
        assertThat(closed.get("status")).isEqualTo("CLOSED");
        assertThat(closed.get("version")).isEqualTo(1);
        api.as(member).delete().uri("/api/v1/supplies/" + active).exchange().expectStatus().isNoContent();
        assertThat(get(active).get("version")).isEqualTo(1);
    }

    @Test
    void ofTwoConcurrentPatchesWithTheSameIfMatchExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = create(supply(body -> { }));
            List<Integer> statuses = concurrently(
                    () -> patch(id, "\"0\"", Map.of("description", "A")),
                    () -> patch(id, "\"0\"", Map.of("quantity", Map.of("amount", 7))));
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            Map<?, ?> now = get(id);
            assertThat(now.get("version")).isEqualTo(1);
            boolean descriptionWon = statuses.get(0) == 200;
            assertThat(now.get("description")).isEqualTo(descriptionWon ? "A" : "Leire fra byggegrop");
            assertThat(now.get("tonnes")).isEqualTo(descriptionWon ? 1200.0 : 7.0);
        }
    }

    @Test
    void twoConcurrentPatchesWithoutIfMatchAreBothApplied() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = create(supply(body -> { }));
            List<Integer> statuses = concurrently(
                    () -> patch(id, null, Map.of("description", "A")),
                    () -> patch(id, null, Map.of("quantity", Map.of("amount", 7))));
            assertThat(statuses).containsExactly(200, 200);
            Map<?, ?> now = get(id);
            assertThat(now.get("version")).isEqualTo(2);
            assertThat(now.get("description")).isEqualTo("A");
            assertThat(now.get("tonnes")).isEqualTo(7.0);
        }
    }

    private int patch(UUID id, String ifMatch, Map<String, Object> patch) {
        WebTestClient.RequestBodySpec request = api.as(member).patch().uri("/api/v1/supplies/" + id)
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.bodyValue(patch).exchange().returnResult(String.class).getStatus().value();
    }

    private static List<Integer> concurrently(java.util.function.IntSupplier first,
                                              java.util.function.IntSupplier second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> await(start, first));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> await(start, second));
        return List.of(a.get(), b.get());
    }

    private static int await(CyclicBarrier start, java.util.function.IntSupplier call) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return call.getAsInt();
    }
}
