package no.sirkel.listing.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.listing.candidate.CandidateFixture.Site;

@IntegrationTest
class CandidateSearchTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };
    private static final LocalDate MARCH = LocalDate.parse("2027-03-01");
    private static final LocalDate JUNE = LocalDate.parse("2027-06-30");

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;

    private TestApi api;
    private CandidateFixture fixture;
    private UUID supplier;
    private UUID receiver;
    private Site excavation;

    @BeforeEach
    void setUp() {
        api = new TestApi(client);
        fixture = new CandidateFixture(db, api);
        supplier = fixture.company();
        receiver = fixture.company();
        excavation = fixture.site(supplier, 0, 0);
    }

    private Map<String, Object> get(String token, String uri) {
        return api.as(token).get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }

    private static List<String> ids(Map<String, Object> body) {
        return items(body).stream().map(item -> (String) item.get("id")).toList();
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    @Test
    void supplyCandidatesAreTheCompatibleActiveDemandsCheapestFirst() {
        UUID supply = fixture.supply(excavation, "CLAY", 2, MARCH, JUNE, "ACTIVE");
        Site near = fixture.site(receiver, 5, 0);
        Site far = fixture.site(receiver, 0, 30);
        UUID nearDemand = fixture.demand(near, List.of("SILT", "CLAY"), 3, LocalDate.parse("2027-06-30"), null, null,
                "ACTIVE");
        UUID farDemand = fixture.demand(far, List.of("CLAY"), null, null, null, 50.0, "ACTIVE");
        fixture.demand(near, List.of("SAND"), null, null, null, null, "ACTIVE");
        fixture.demand(near, List.of("CLAY"), 1, null, null, null, "ACTIVE");
        fixture.demand(near, List.of("CLAY"), null, LocalDate.parse("2027-07-01"), null, null, "ACTIVE");
        fixture.demand(near, List.of("CLAY"), null, null, LocalDate.parse("2027-02-28"), null, "ACTIVE");
        fixture.demand(far, List.of("CLAY"), null, null, null, 35.0, "ACTIVE");
        fixture.demand(fixture.site(receiver, 0, 65), List.of("CLAY"), null, null, null, null, "ACTIVE");
        fixture.demand(near, List.of("CLAY"), null, null, null, null, "DRAFT");
        fixture.demand(near, List.of("CLAY"), null, null, null, null, "CLOSED");

        Map<String, Object> body = get(api.memberToken(supplier), "/api/v1/supplies/" + supply + "/candidates");

        assertThat(ids(body)).containsExactly(nearDemand.toString(), farDemand.toString());
        assertThat(body).containsEntry("listingId", supply.toString()).containsEntry("listingType", "SUPPLY");
        Map<String, Object> first = items(body).get(0);
        double km = CandidateRules.defaults().roadKm(excavation.lat(), excavation.lon(), near.lat(), near.lon());
        assertThat(number(first, "km")).isCloseTo(km, within(1e-9));
        assertThat(number(first, "costPerTonne")).isCloseTo(2.0 * km, within(1e-9));
        assertThat(number(first, "co2KgPerTonne")).isCloseTo(0.09 * km, within(1e-9));
        assertThat(first).containsEntry("siteId", near.id().toString())
                .containsEntry("companyId", receiver.toString())
                .containsEntry("accepts", List.of("SILT", "CLAY"))
                .containsEntry("maxContaminationClass", 3)
                .containsEntry("neededFrom", "2027-06-30")
                .containsEntry("location", Map.of("type", "Point", "coordinates", List.of(near.lon(), near.lat())));
        assertThat(number(first, "tonnes")).isEqualTo(500.0);
        assertThat(number(items(body).get(1), "km")).isCloseTo(30 * 1.3, within(0.5));
    }

    @Test
    void demandCandidatesAreTheCompatibleActiveSuppliesCheapestFirst() {
        Site fill = fixture.site(receiver, 0, 0);
        UUID demand = fixture.demand(fill, List.of("CLAY", "SILT"), 2, MARCH, JUNE, 40.0, "ACTIVE");
        Site nearSite = fixture.site(supplier, 3, 3);
        Site farSite = fixture.site(supplier, -20, 0);
        UUID near = fixture.supply(nearSite, "SILT", null, null, null, "ACTIVE");
        UUID far = fixture.supply(farSite, "CLAY", 2, JUNE, null, "ACTIVE");
        fixture.supply(nearSite, "SAND", 1, null, null, "ACTIVE");
        fixture.supply(nearSite, "CLAY", 3, null, null, "ACTIVE");
        fixture.supply(nearSite, "CLAY", 1, null, MARCH.minusDays(1), "ACTIVE");
        fixture.supply(nearSite, "CLAY", 1, JUNE.plusDays(1), null, "ACTIVE");
        fixture.supply(fixture.site(supplier, 32, 0), "CLAY", 1, null, null, "ACTIVE");
        fixture.supply(nearSite, "CLAY", 1, null, null, "MATCHED");

        Map<String, Object> body = get(api.plannerToken(), "/api/v1/demands/" + demand + "/candidates");

        assertThat(ids(body)).containsExactly(near.toString(), far.toString());
        assertThat(body).containsEntry("listingType", "DEMAND");
        assertThat(items(body).get(0)).containsEntry("material", "SILT").doesNotContainKey("contaminationClass");
        assertThat(items(body).get(1)).containsEntry("material", "CLAY").containsEntry("contaminationClass", 2)
                .containsEntry("availableFrom", "2027-06-30");
        double km = CandidateRules.defaults().roadKm(fill.lat(), fill.lon(), farSite.lat(), farSite.lon());
        assertThat(number(items(body).get(1), "costPerTonne")).isCloseTo(2.0 * km, within(1e-9));
    }

    @Test
    void listingsAtDeletedSitesAreNoCandidates() {
        UUID supply = fixture.supply(excavation, "SAND", 1, null, null, "ACTIVE");
        Site kept = fixture.site(receiver, 4, 0);
        Site deleted = fixture.site(receiver, 2, 0);
        UUID keptDemand = fixture.demand(kept, List.of("SAND"), null, null, null, null, "ACTIVE");
        fixture.demand(deleted, List.of("SAND"), null, null, null, null, "ACTIVE");
        fixture.deleteSite(deleted);

        assertThat(ids(get(api.plannerToken(), "/api/v1/supplies/" + supply + "/candidates")))
                .containsExactly(keptDemand.toString());
    }

    @Test
    void parametersChangeTheHaulLimitTheCostAndThePageSize() {
        UUID supply = fixture.supply(excavation, "GRAVEL", null, null, null, "ACTIVE");
        List<UUID> demands = new ArrayList<>();
        for (int km = 10; km <= 60; km += 10) {
            demands.add(fixture.demand(fixture.site(receiver, km, 0), List.of("GRAVEL"), null, null, null, null,
                    "ACTIVE"));
        }
        String token = api.memberToken(supplier);
        String uri = "/api/v1/supplies/" + supply + "/candidates";

        assertThat(ids(get(token, uri))).hasSize(6);
        assertThat(ids(get(token, uri + "?limit=2"))).containsExactly(demands.get(0).toString(),
                demands.get(1).toString());
        assertThat(ids(get(token, uri + "?maxHaulKm=40"))).as("10, 20, 30 km: 13, 26 and 39 road km").hasSize(3);
        Map<String, Object> straight = get(token, uri + "?maxHaulKm=45&roadFactor=1&costPerTonneKm=3.5");
        assertThat(ids(straight)).hasSize(4);
        Map<String, Object> nearest = items(straight).get(0);
        assertThat(number(nearest, "costPerTonne")).isCloseTo(3.5 * number(nearest, "km"), within(1e-9));
        assertThat(number(nearest, "km")).isCloseTo(10, within(0.01));
        assertThat(straight.get("parameters")).isEqualTo(Map.of("limit", 20, "maxHaulKm", 45.0, "roadFactor", 1.0,
                "costPerTonneKm", 3.5, "co2KgPerTonneKm", 0.09));
    }

    @Test
    void savingIsAgainstTheSupplysCheapestEligibleDisposalSite() {
        UUID supply = fixture.supply(excavation, "CLAY", 3, null, null, "ACTIVE");
        fixture.demand(fixture.site(receiver, 10, 0), List.of("CLAY"), null, null, null, null, "ACTIVE");
        fixture.disposalSite(0, 1, List.of("SAND"), null, 10);
        fixture.disposalSite(0, 1, null, 2, 10);
        UUID cheapest = fixture.disposalSite(0, 20, null, 5, 340);
        fixture.disposalSite(0, 2, List.of("CLAY"), 4, 450);

        Map<String, Object> body = get(api.memberToken(supplier), "/api/v1/supplies/" + supply + "/candidates");

        @SuppressWarnings("unchecked")
        Map<String, Object> alternative = (Map<String, Object>) body.get("alternative");
        assertThat(alternative).containsEntry("facilityId", cheapest.toString()).containsEntry("type", "DISPOSAL");
        double landfillKm = number(alternative, "km");
        assertThat(landfillKm).isCloseTo(20 * 1.3, within(0.1));
        assertThat(number(alternative, "costPerTonne")).isCloseTo(340 + 2 * landfillKm, within(1e-9));
        Map<String, Object> candidate = items(body).get(0);
        assertThat(number(candidate, "savingPerTonne"))
                .isCloseTo(number(alternative, "costPerTonne") - number(candidate, "costPerTonne"), within(1e-9));
    }

    @Test
    void savingIsAgainstTheDemandsCheapestVirginSourceAndAbsentWithoutOne() {
        Site fill = fixture.site(receiver, 0, 0);
        UUID demand = fixture.demand(fill, List.of("BOTTOM_ASH", "SLAG"), null, null, null, null, "ACTIVE");
        fixture.supply(fixture.site(supplier, 5, 0), "SLAG", null, null, null, "ACTIVE");
        String planner = api.plannerToken();

        Map<String, Object> withoutSource = get(planner, "/api/v1/demands/" + demand + "/candidates");
        assertThat(withoutSource).doesNotContainKey("alternative");
        assertThat(items(withoutSource).get(0)).doesNotContainKey("savingPerTonne");

        UUID quarry = fixture.virginSource(0, 10, List.of("CRUSHED_ROCK", "SLAG"), 150);
        fixture.virginSource(0, 1, List.of("CRUSHED_ROCK"), 10);
        Map<String, Object> withSource = get(planner, "/api/v1/demands/" + demand + "/candidates");
        @SuppressWarnings("unchecked")
        Map<String, Object> alternative = (Map<String, Object>) withSource.get("alternative");
        assertThat(alternative).containsEntry("facilityId", quarry.toString()).containsEntry("type", "VIRGIN_SOURCE");
        Map<String, Object> candidate = items(withSource).get(0);
        assertThat(number(candidate, "savingPerTonne"))
                .isCloseTo(number(alternative, "costPerTonne") - number(candidate, "costPerTonne"), within(1e-9));
    }

    @Test
    void searchAgreesWithTheRulesOnEveryPair() {
        Random random = new Random(7);
        List<String> materials = List.of("CLAY", "SILT", "SAND", "GRAVEL");
        LocalDate base = LocalDate.parse("2027-01-01");
        UUID supply = fixture.supply(excavation, "CLAY", 2, base.plusDays(60), base.plusDays(180), "ACTIVE");
        CandidateRules.Supply terms = new CandidateRules.Supply(excavation.lat(), excavation.lon(), "CLAY", 2,
                base.plusDays(60), base.plusDays(180));
        CandidateRules rules = CandidateRules.defaults();
        List<UUID> expected = new ArrayList<>();
        Map<UUID, Double> kmById = new java.util.HashMap<>();
        for (int i = 0; i < 120; i++) {
            Site site = fixture.site(receiver, random.nextDouble(-70, 70), random.nextDouble(-70, 70));
            List<String> accepts = List.of(materials.get(random.nextInt(4)), materials.get(random.nextInt(4)))
                    .stream().distinct().toList();
            Integer maxClass = random.nextInt(6) == 0 ? null : 1 + random.nextInt(5);
            LocalDate from = random.nextBoolean() ? null : base.plusDays(random.nextInt(365));
            LocalDate to = from == null || random.nextBoolean() ? null : from.plusDays(random.nextInt(120));
            Double maxHaul = random.nextBoolean() ? null : 10.0 + random.nextInt(90);
            UUID id = fixture.demand(site, accepts, maxClass, from, to, maxHaul, "ACTIVE");
            rules.match(terms, new CandidateRules.Demand(site.lat(), site.lon(), accepts, maxClass, from, to, maxHaul))
                    .ifPresent(estimate -> {
                        expected.add(id);
                        kmById.put(id, estimate.km());
                    });
        }
        expected.sort(Comparator.comparingDouble(kmById::get));

        Map<String, Object> body = get(api.memberToken(supplier),
                "/api/v1/supplies/" + supply + "/candidates?limit=200");

        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(ids(body)).containsExactlyElementsOf(expected.stream().map(UUID::toString).toList());
        assertThat(ids(get(api.memberToken(supplier), "/api/v1/supplies/" + supply + "/candidates?limit=5")))
                .as("a page cut short holds the nearest")
                .containsExactlyElementsOf(expected.stream().limit(5).map(UUID::toString).toList());
    }

    @Test
    void findsCounterpartsBeyondTheNearestSitesTheSearchWalks() {
        UUID supply = fixture.supply(excavation, "SILT", null, null, null, "ACTIVE");
        for (int i = 0; i < CandidateRepository.WALK_SITES + 5; i++) {
            Site crowded = fixture.site(receiver, 0.5 + i * 0.01, 1);
            fixture.demand(crowded, List.of("SAND"), null, null, null, null, "ACTIVE");
        }
        List<String> far = new ArrayList<>();
        for (int km = 30; km >= 20; km -= 5) {
            far.add(0, fixture.demand(fixture.site(receiver, 0, -km), List.of("SILT"), null, null, null, null,
                    "ACTIVE").toString());
        }

        assertThat(ids(get(api.memberToken(supplier), "/api/v1/supplies/" + supply + "/candidates")))
                .containsExactlyElementsOf(far);
    }

    // ---- who may search

    @Test
    void ownerPlannerAndAdminMaySearch() {
        UUID supply = fixture.supply(excavation, "CLAY", null, null, null, "DRAFT");
        String uri = "/api/v1/supplies/" + supply + "/candidates";
        get(api.memberToken(supplier), uri);
        get(api.plannerToken(), uri);
        get(TestApi.ADMIN_TOKEN, uri);
    }

    @Test
    void memberOfAnotherCompanyIsRefusedAnActiveListingsCandidates() {
        UUID supply = fixture.supply(excavation, "CLAY", null, null, null, "ACTIVE");
        UUID demand = fixture.demand(excavation, List.of("CLAY"), null, null, null, null, "ACTIVE");
        String stranger = api.memberToken(receiver);
        api.as(stranger).get().uri("/api/v1/supplies/" + supply + "/candidates").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.as(stranger).get().uri("/api/v1/demands/" + demand + "/candidates").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void memberOfAnotherCompanyIsNotToldThatAnInactiveListingExists() {
        UUID draft = fixture.supply(excavation, "CLAY", null, null, null, "DRAFT");
        UUID closed = fixture.demand(excavation, List.of("CLAY"), null, null, null, null, "CLOSED");
        String stranger = api.memberToken(receiver);
        api.as(stranger).get().uri("/api/v1/supplies/" + draft + "/candidates").exchange()
                .expectStatus().isNotFound();
        api.as(stranger).get().uri("/api/v1/demands/" + closed + "/candidates").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void unknownListingIsNotFound() {
        api.asAdmin().get().uri("/api/v1/supplies/" + UUID.randomUUID() + "/candidates").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.asAdmin().get().uri("/api/v1/demands/" + UUID.randomUUID() + "/candidates").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void needsAToken() {
        UUID supply = fixture.supply(excavation, "CLAY", null, null, null, "ACTIVE");
        client.get().uri("/api/v1/supplies/" + supply + "/candidates").exchange().expectStatus().isUnauthorized();
    }

    // ---- bad input

    @Test
    void refusesParametersOutOfRangeNamingThem() {
        UUID supply = fixture.supply(excavation, "CLAY", null, null, null, "ACTIVE");
        api.asAdmin().get().uri("/api/v1/supplies/" + supply + "/candidates?limit=201").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("limit");
        api.asAdmin().get().uri("/api/v1/supplies/" + supply + "/candidates?maxHaulKm=0&roadFactor=0.5").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("maxHaulKm")
                .jsonPath("$.errors[1].field").isEqualTo("roadFactor");
        api.asAdmin().get().uri("/api/v1/demands/" + UUID.randomUUID() + "/candidates?costPerTonneKm=-1").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("costPerTonneKm");
    }

    @Test
    void refusesUnreadableParametersAndIds() {
        UUID supply = fixture.supply(excavation, "CLAY", null, null, null, "ACTIVE");
        api.asAdmin().get().uri("/api/v1/supplies/" + supply + "/candidates?limit=many").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("limit");
        api.asAdmin().get().uri("/api/v1/supplies/not-a-uuid/candidates").exchange()
                .expectStatus().isBadRequest();
    }
}
