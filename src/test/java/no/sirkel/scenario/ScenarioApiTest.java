package no.sirkel.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.optimizer.check.PlanChecker;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios end to end on the embedded database. Tests share the database, so each one lays out its own small
 * market in a region of its own (a square of 0.2° somewhere no other test puts anything) and plans only that region.
 */
@IntegrationTest
class ScenarioApiTest {

    @Autowired
    WebTestClient client;
    @Autowired
    DatabaseClient db;
    @Autowired
    JsonMapper json;
    @Autowired
    ScenarioRepository repository;

    TestApi api;
    String planner;

    @BeforeEach
    void setUp() {
        api = new TestApi(client);
        client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        api = new TestApi(client);
        planner = api.plannerToken();
    }

    @Test
    void plansAMarketWithPositiveSavingsAndServesProblemPlanGeoJsonAndCsv() {
        Market market = market(5.0, 61.0);

        UUID scenario = createScenario(market, 2, Map.of("fixedCostPerRoute", 3000));
        JsonNode solved = awaitFinal(scenario);

        assertThat(solved.path("status").asString()).isEqualTo("SOLVED");
        assertThat(solved.path("size").path("supplies").asInt()).isEqualTo(1);
        assertThat(solved.path("kpis").path("reusedTonnes").asDouble()).isCloseTo(3000.0, within(1e-6));
        assertThat(solved.path("kpis").path("savings").path("cost").asDouble()).isPositive();
        assertThat(solved.path("kpis").path("cost").asDouble())
                .isGreaterThanOrEqualTo(solved.path("kpis").path("lowerBound").asDouble() - 1e-6);

        JsonNode problem = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/problem", scenario));
        assertThat(problem.path("supplies").get(0).path("id").asString()).isEqualTo(market.supply().toString());
        assertThat(problem.path("parameters").path("fixedCostPerRoute").asDouble()).isEqualTo(3000.0);

        JsonNode plan = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario));
        assertThat(PlanChecker.check(problem, plan)).as("the optimizer's own checker accepts the plan").isEmpty();
        assertThat(plan.path("matches")).hasSize(1);
        assertThat(plan.path("matches").get(0).path("supply").asString()).isEqualTo(market.supply().toString());
        assertThat(plan.path("matches").get(0).path("demand").asString()).isEqualTo(market.demand().toString());
        assertThat(plan.path("disposals").get(0).path("site").asString()).isEqualTo(market.landfill().toString());

        api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario)
                .accept(MediaType.parseMediaType("application/geo+json"))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.type").isEqualTo("FeatureCollection")
                .jsonPath("$.features[0].geometry.type").isEqualTo("LineString")
                .jsonPath("$.features[0].properties.kind").isEqualTo("MATCH")
                .jsonPath("$.features[0].properties.period").isEqualTo("2027-01-01")
                .jsonPath("$.features[?(@.properties.kind == 'MATCH')].properties.tonnes").value(List.class,
                        tonnes -> assertThat(tonnes.stream().mapToDouble(t -> ((Number) t).doubleValue()).sum())
                                .isCloseTo(3000.0, within(1e-6)));

        api.as(planner).get().uri("/api/v1/scenarios/{id}/unmatched", scenario).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(market.supply().toString())
                .jsonPath("$.items[0].unmatchedTonnes").value(Double.class,
                        tonnes -> assertThat(tonnes).isCloseTo(2000.0, within(1e-6)))
                .jsonPath("$.items[0].reason").isEqualTo("COUNTERPARTS_TAKEN");

        String csv = api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith(PlanExports.CSV_HEADER + "\n")
                .contains("2027-01-01,MATCH," + market.supply() + "," + market.demand() + ",");
    }

    @Test
    void eventStreamReportsProgressAndEndsWithTheFinalStatus() {
        Market market = market(5.4, 61.0);
        UUID scenario = createScenario(market, 2, Map.of());

        StepVerifier.create(api.as(planner).get().uri("/api/v1/scenarios/{id}/events", scenario)
                        .accept(MediaType.TEXT_EVENT_STREAM)
                        .exchange().expectStatus().isOk()
                        .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                        .getResponseBody()
                        .filter(event -> "status".equals(event.event()))
                        .map(event -> event.data().path("status").asString()))
                .thenConsumeWhile(status -> !status.equals("SOLVED"))
                .expectNext("SOLVED")
                .expectComplete()
                .verify(Duration.ofSeconds(60));
    }

    @Test
    void stoppingASolvingStaticScenarioKeepsItsBestPlan() {
        Market market = market(5.8, 61.0);
        Map<String, Object> body = new HashMap<>(scenarioBody(market, 600, Map.of()));
        body.put("periodLength", "HORIZON");
        body.put("useHubs", false);
        UUID scenario = UUID.fromString(read(api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body), 202)
                .path("id").asString());
        assertThat(read(api.as(planner).get().uri("/api/v1/scenarios/{id}/problem", scenario))
                .path("parameters").has("horizon")).as("without periods and hubs the problem is format v1").isFalse();
        awaitStatus(scenario, "SOLVING");

        api.as(planner).post().uri("/api/v1/scenarios/{id}/stop", scenario).exchange()
                .expectStatus().isAccepted();

        JsonNode stopped = awaitFinal(scenario);
        assertThat(stopped.path("status").asString()).isEqualTo("STOPPED");
        assertThat(stopped.path("kpis").path("reusedTonnes").asDouble()).isEqualTo(3000.0);
        api.as(planner).post().uri("/api/v1/scenarios/{id}/stop", scenario).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void aScenarioLeftSolvingByADeadSolverIsSolvedAgain() {
        Market market = market(6.2, 61.0);
        UUID scenario = createScenario(market, 1, Map.of());
        awaitFinal(scenario);
        leaveSolving(scenario, "a-dead-instance", Duration.ofMinutes(10), 1);

        JsonNode recovered = awaitFinal(scenario);

        assertThat(recovered.path("status").asString()).isEqualTo("SOLVED");
        assertThat(recovered.path("kpis").path("reusedTonnes").asDouble()).isCloseTo(3000.0, within(1e-6));
    }

    @Test
    void onRestartAnInstanceQueuesAgainWhatItWasSolvingWhenItStopped() {
        Market market = market(8.2, 61.0);
        UUID scenario = createScenario(market, 1, Map.of());
        awaitFinal(scenario);
        leaveSolving(scenario, "restarted-host", Duration.ZERO, 1);

        StepVerifier.create(repository.recoverLeftBy("restarted-host", ScenarioSolver.MAX_ATTEMPTS))
                .expectNext(scenario)
                .verifyComplete();

        assertThat(awaitFinal(scenario).path("status").asString()).isEqualTo("SOLVED");
    }

    @Test
    void aScenarioThatKeepsCrashingItsSolverFailsWithAReason() {
        Market market = market(6.6, 61.0);
        UUID scenario = createScenario(market, 1, Map.of());
        awaitFinal(scenario);
        leaveSolving(scenario, "a-dead-instance", Duration.ofMinutes(10), ScenarioSolver.MAX_ATTEMPTS);

        JsonNode failed = awaitFinal(scenario);

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("failureReason").asString()).contains("3 times");
    }

    @Test
    void comparesScenariosSideBySide() {
        Market market = market(7.0, 61.0);
        UUID cheap = createScenario(market, 1, Map.of());
        UUID costly = createScenario(market, 1, Map.of("costPerTonneKm", 4.0));
        awaitFinal(cheap);
        awaitFinal(costly);

        api.as(planner).get().uri("/api/v1/scenarios/compare?ids={a},{b}", cheap, costly).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.scenarios.length()").isEqualTo(2)
                .jsonPath("$.scenarios[0].versusFirst.cost").isEqualTo(0.0)
                .jsonPath("$.scenarios[1].kpis.cost").isNumber()
                .jsonPath("$.scenarios[1].versusFirst.cost").value(Double.class,
                        difference -> assertThat(difference).isPositive());
    }

    @Test
    void plansOverMonthsThroughARegisteredHubAndTheOptimizersCheckerAcceptsThePlan() {
        double lon = 11.2;
        double lat = 62.5;
        UUID excavator = api.createCompany("Tidlig Graving AS");
        UUID filler = api.createCompany("Sen Fylling AS");
        UUID supply = listing("supplies", Map.of("siteId", api.createSite(excavator, "Grop", lon + 0.05, lat + 0.05)
                        .toString(), "material", "CLAY", "contaminationClass", 1,
                "quantity", Map.of("amount", 4000, "unit", "t"), "kind", "ONE_OFF",
                "availableFrom", "2027-01-01", "availableTo", "2027-02-28"));
        UUID demand = listing("demands", Map.of("siteId", api.createSite(filler, "Fylling", lon + 0.15, lat + 0.15)
                        .toString(), "accepts", List.of("CLAY"), "maxContaminationClass", 2,
                "quantity", Map.of("amount", 4000, "unit", "t"), "kind", "ONE_OFF",
                "neededFrom", "2027-06-01", "neededTo", "2027-07-31"));
        Map<?, ?> hub = api.as(planner).post().uri("/api/v1/facilities").bodyValue(Map.of("type", "STORAGE_HUB",
                        "name", "Mellomlager", "location", Map.of("type", "Point", "coordinates",
                                List.of(lon + 0.1, lat + 0.1)), "capacityTonnes", 10000, "handlingFeePerTonne", 20))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        Map<String, Object> body = new HashMap<>(scenarioBody(new Market(lon, lat, supply, demand, null, null), 2,
                Map.of()));
        body.put("periodLength", "MONTH");
        body.put("candidateHubs", List.of(Map.of("id", "candidate-east", "lat", lat + 0.12, "lon", lon + 0.12,
                "capacityTonnes", 5000, "handlingFeePerTonne", 10, "openingCost", 1e9)));
        UUID scenario = UUID.fromString(read(api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body), 202)
                .path("id").asString());
        JsonNode solved = awaitFinal(scenario);
        assertThat(solved.path("status").asString()).isEqualTo("SOLVED");
        JsonNode costs = solved.path("kpis").path("costs");
        assertThat(costs.path("handling").asDouble()).as("4000 t in at 20 NOK/t").isCloseTo(80_000, within(1e-3));
        assertThat(costs.path("total").asDouble()).as("money only: no penalty")
                .isCloseTo(solved.path("kpis").path("cost").asDouble(), within(1e-3));
        assertThat(solved.path("kpis").path("unplacedTonnes").asDouble()).isZero();
        assertThat(solved.path("kpis").path("unmetTonnes").asDouble()).isZero();

        JsonNode problem = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/problem", scenario));
        assertThat(problem.path("parameters").path("horizon").path("from").asString()).isEqualTo("2027-01-01");
        assertThat(problem.path("parameters").path("periodLength").asString()).isEqualTo("MONTH");
        List<String> hubs = new ArrayList<>();
        problem.path("storageHubs").forEach(stored -> hubs.add(stored.path("id").asString()));
        assertThat(hubs).containsExactly((String) hub.get("id"), "candidate-east");
        assertThat(problem.path("supplies").get(0).path("availableTo").asString()).isEqualTo("2027-02-28");

        JsonNode plan = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario));
        assertThat(PlanChecker.check(problem, plan)).as("the optimizer's own checker accepts the plan").isEmpty();
        List<String> kinds = new ArrayList<>();
        plan.path("flows").forEach(flow -> kinds.add(flow.path("kind").asString()));
        assertThat(kinds).contains("TO_HUB", "FROM_HUB");
        String csv = api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario)
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains("2027-01-01,TO_HUB," + supply + "," + hub.get("id") + ",");
        assertThat(plan.path("periods")).hasSize(12);

        body.put("useHubs", false);
        body.remove("candidateHubs");
        JsonNode withoutHubs = read(api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body), 202);
        JsonNode bare = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/problem",
                withoutHubs.path("id").asString()));
        assertThat(bare.path("storageHubs").isEmpty()).isTrue();
        awaitFinal(UUID.fromString(withoutHubs.path("id").asString()));
        api.as(planner).get().uri("/api/v1/scenarios/{id}/unmatched", withoutHubs.path("id").asString()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].id").isEqualTo(supply.toString())
                .jsonPath("$.items[0].reason").isEqualTo("NO_STORAGE_BETWEEN_WINDOWS")
                .jsonPath("$.items[0].penaltyTonnes").isEqualTo(4000.0)
                .jsonPath("$.items[0].outletReason").isEqualTo("NO_LANDFILL")
                .jsonPath("$.items[1].id").isEqualTo(demand.toString())
                .jsonPath("$.items[1].reason").isEqualTo("NO_STORAGE_BETWEEN_WINDOWS")
                .jsonPath("$.items[1].outletReason").isEqualTo("NO_QUARRY");
    }

    @Test
    void refusesBadCandidateHubsAndPeriodLengthsNamingEachFieldAndStoresNothing() {
        Market market = market(11.9, 62.9);
        Map<String, Object> body = new HashMap<>(scenarioBody(market, 1, Map.of()));
        body.put("periodLength", "DAY");
        body.put("candidateHubs", List.of(Map.of("id", "no-cost", "lat", 62.9, "lon", 11.9, "capacityTonnes", 10)));
        api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'periodLength')]").exists()
                .jsonPath("$.errors[?(@.field == 'candidateHubs[0].openingCost')]").exists();

        body.put("periodLength", "WEEK");
        body.put("candidateHubs", List.of(Map.of("id", "empty", "lat", 62.9, "lon", 11.9, "capacityTonnes", 0,
                "openingCost", 1000)));
        api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'candidateHubs[0].capacityTonnes')]").exists();

        body.put("candidateHubs", List.of(Map.of("id", "blank", "name", " ", "lat", 62.9, "lon", 11.9,
                "capacityTonnes", 10, "openingCost", 1000), Map.of("id", "long", "name", "x".repeat(201),
                "lat", 62.9, "lon", 11.9, "capacityTonnes", 10, "openingCost", 1000)));
        api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'candidateHubs[0].name')]").exists()
                .jsonPath("$.errors[?(@.field == 'candidateHubs[1].name')]").exists();
        assertThat(db.sql("select count(*) from scenario where name = :name").bind("name", body.get("name"))
                .map(row -> row.get(0, Long.class)).one().block()).isZero();
    }

    @Test
    void savingsCountMoneyOnlyAndReportThePenaltyTonnesOfPlanAndBaselineApart() {
        double lon = 12.3;
        double lat = 62.5;
        UUID excavator = api.createCompany("Siltgraver AS");
        UUID filler = api.createCompany("Siltfyller AS");
        UUID supply = api.createSupply(api.createSite(excavator, "Siltgrop", lon + 0.05, lat + 0.05), "SILT", 1, 3000);
        UUID demand = api.createDemand(api.createSite(filler, "Siltfylling", lon + 0.15, lat + 0.15),
                List.of("SILT"), 2, 2000);
        UUID landfill = facility("DISPOSAL", "Deponi uten silt", lon + 0.10, lat + 0.02, "gate_fee_per_tonne", 340);
        db.sql("update facility set accepts = '{CLAY}' where id = :id").bind("id", landfill).then().block();
        facility("VIRGIN_SOURCE", "Pukkverk uten silt", lon + 0.18, lat + 0.10, "price_per_tonne", 150);
        UUID scenario = createScenario(new Market(lon, lat, supply, demand, null, null), 2, Map.of());

        JsonNode kpis = awaitFinal(scenario).path("kpis");

        JsonNode baseline = kpis.path("baseline");
        assertThat(baseline.path("unplacedTonnes").asDouble()).as("no landfill takes silt").isCloseTo(3000,
                within(1e-6));
        assertThat(baseline.path("unmetTonnes").asDouble()).as("no quarry sells silt").isCloseTo(2000, within(1e-6));
        assertThat(baseline.path("cost").asDouble()).as("the baseline's money: nothing moves").isZero();
        assertThat(baseline.path("objectiveCost").asDouble()).as("its penalties, 100,000 NOK/t")
                .isCloseTo(5000 * 100_000.0, within(1e-3));
        assertThat(kpis.path("unplacedTonnes").asDouble()).isCloseTo(1000, within(1e-6));
        assertThat(kpis.path("unmetTonnes").asDouble()).isZero();
        double money = kpis.path("costs").path("total").asDouble();
        assertThat(kpis.path("cost").asDouble()).isEqualTo(money).isPositive().isLessThan(1e6);
        assertThat(kpis.path("objectiveCost").asDouble()).isCloseTo(money + 1000 * 100_000.0, within(1e-3));
        assertThat(kpis.path("savings").path("cost").asDouble()).as("reuse costs money where doing nothing costs none")
                .isCloseTo(-money, within(1e-6));
    }

    @Test
    void aScenarioWithHubsComparesWithoutThemNamesItsFlowsAndReportsPeriodsAndStock() {
        double lon = 12.7;
        double lat = 62.5;
        UUID excavator = api.createCompany("Vinter Graving AS");
        UUID filler = api.createCompany("Sommer Fylling AS");
        UUID supply = listing("supplies", Map.of("siteId", api.createSite(excavator, "Vintergrop", lon + 0.05,
                        lat + 0.05).toString(), "material", "CLAY", "contaminationClass", 1,
                "quantity", Map.of("amount", 4000, "unit", "t"), "kind", "ONE_OFF",
                "availableFrom", "2027-01-01", "availableTo", "2027-02-28"));
        UUID demand = listing("demands", Map.of("siteId", api.createSite(filler, "Sommerfylling", lon + 0.15,
                        lat + 0.15).toString(), "accepts", List.of("CLAY"), "maxContaminationClass", 2,
                "quantity", Map.of("amount", 4000, "unit", "t"), "kind", "ONE_OFF",
                "neededFrom", "2027-06-01", "neededTo", "2027-07-31"));
        UUID landfill = facility("DISPOSAL", "Leiredeponi", lon + 0.10, lat + 0.02, "gate_fee_per_tonne", 340);
        facility("VIRGIN_SOURCE", "Leiretak", lon + 0.18, lat + 0.10, "price_per_tonne", 150);
        Map<?, ?> hub = api.as(planner).post().uri("/api/v1/facilities").bodyValue(Map.of("type", "STORAGE_HUB",
                        "name", "Fjernlager", "location", Map.of("type", "Point", "coordinates",
                                List.of(lon + 0.19, lat + 0.01)), "capacityTonnes", 10000, "handlingFeePerTonne", 40))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> body = new HashMap<>(scenarioBody(new Market(lon, lat, supply, demand, landfill, null), 2,
                Map.of()));
        body.put("candidateHubs", List.of(Map.of("id", "midtlager", "name", " Midtlager ved E6 ", "lat", lat + 0.1,
                "lon", lon + 0.1, "capacityTonnes", 5000, "handlingFeePerTonne", 10, "openingCost", 1000)));
        UUID scenario = UUID.fromString(read(api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body), 202)
                .path("id").asString());
        assertThat(awaitFinal(scenario).path("status").asString()).isEqualTo("SOLVED");

        JsonNode problem = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/problem", scenario));
        JsonNode plan = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario));
        assertThat(PlanChecker.check(problem, plan)).as("the optimizer's own checker accepts the plan").isEmpty();
        List<String> hubsUsed = new ArrayList<>();
        plan.path("flows").forEach(flow -> {
            if (flow.path("kind").asString().equals("TO_HUB")) {
                hubsUsed.add(flow.path("to").asString());
            }
        });
        assertThat(hubsUsed).as("the cheap candidate between the two sites pays for its opening").contains("midtlager");

        JsonNode comparison = awaitComparison(scenario);
        JsonNode withHubs = comparison.path("withHubs");
        JsonNode withoutHubs = comparison.path("withoutHubs");
        assertThat(withoutHubs.path("reusedTonnes").asDouble()).as("no storage: the windows never meet").isZero();
        assertThat(withoutHubs.path("landfillTonnes").asDouble()).isCloseTo(4000, within(1e-6));
        assertThat(withoutHubs.path("virginTonnes").asDouble()).isCloseTo(4000, within(1e-6));
        assertThat(withHubs.path("reusedTonnes").asDouble()).isCloseTo(4000, within(1e-6));
        assertThat(withHubs.path("cost").asDouble()).isLessThan(withoutHubs.path("cost").asDouble());
        for (String kpi : List.of("unplacedTonnes", "unmetTonnes")) {
            assertThat(withHubs.path(kpi).asDouble()).as(kpi).isZero();
            assertThat(withoutHubs.path(kpi).asDouble()).as(kpi).isZero();
        }
        for (String kpi : List.of("tonneKm", "truckTrips", "co2Kg", "reuseRate")) {
            assertThat(withHubs.has(kpi) && withoutHubs.has(kpi)).as(kpi).isTrue();
        }
        JsonNode candidate = comparison.path("candidates").get(0);
        assertThat(candidate.path("id").asString()).isEqualTo("midtlager");
        assertThat(candidate.path("name").asString()).as("the name the planner gave it, trimmed")
                .isEqualTo("Midtlager ved E6");
        assertThat(candidate.path("opened").asBoolean()).isTrue();
        assertThat(candidate.path("savingNok").asDouble()).as("the far hub handles at 40 NOK/t, the candidate at 10")
                .isPositive();

        String csv = api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario)
                .accept(MediaType.parseMediaType("text/csv")).header("Accept-Language", "en")
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).contains(",TO_HUB," + supply + ",midtlager,")
                .contains("CLAY,Vintergrop (Vinter Graving AS),Midtlager ved E6,Clay")
                .contains(",FROM_HUB,midtlager," + demand + ",")
                .contains("Midtlager ved E6,Sommerfylling (Sommer Fylling AS),Clay");
        api.as(planner).get().uri("/api/v1/scenarios/{id}/plan", scenario)
                .accept(MediaType.parseMediaType("application/geo+json"))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.features[?(@.properties.kind == 'TO_HUB')].properties.fromName").value(List.class,
                        names -> assertThat(names).isNotEmpty().containsOnly("Vintergrop (Vinter Graving AS)"))
                .jsonPath("$.features[?(@.properties.kind == 'TO_HUB')].properties.materialName").value(List.class,
                        names -> assertThat(names).isNotEmpty().containsOnly("Leire"));

        JsonNode periods = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/periods", scenario));
        assertThat(periods.path("periods")).hasSize(12);
        JsonNode january = periods.path("periods").get(0);
        assertThat(january.path("period").asString()).isEqualTo("2027-01-01");
        assertThat(january.path("tonnesByKind").path("TO_HUB").asDouble()).isCloseTo(4000 * 31 / 59.0, within(1e-6));
        assertThat(january.path("cost").asDouble()).isPositive();
        JsonNode june = periods.path("periods").get(5);
        assertThat(june.path("tonnesByKind").path("FROM_HUB").asDouble()).isCloseTo(4000 * 30 / 61.0, within(1e-6));
        JsonNode midtlager = null;
        for (JsonNode stocked : periods.path("hubs")) {
            if (stocked.path("id").asString().equals("midtlager")) {
                midtlager = stocked;
            }
        }
        assertThat(midtlager).isNotNull();
        assertThat(midtlager.path("name").asString()).isEqualTo("Midtlager ved E6");
        assertThat(midtlager.path("candidate").asBoolean()).isTrue();
        assertThat(midtlager.path("opened").asBoolean()).isTrue();
        assertThat(midtlager.path("stock").get(2).path("tonnes").asDouble()).as("held from March to May")
                .isCloseTo(4000, within(1e-6));
        assertThat(midtlager.path("stock").get(11).path("tonnes").asDouble()).isCloseTo(0, within(1e-6));
    }

    private JsonNode awaitComparison(UUID scenario) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonNode comparison = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/comparison", scenario));
            if (comparison.path("status").asString().equals("SOLVED")) {
                return comparison;
            }
            assertThat(System.nanoTime()).as("the comparison of %s is solved", scenario).isLessThan(deadline);
            sleep();
        }
    }

    private UUID listing(String kind, Map<String, Object> body) {
        Map<?, ?> created = api.asAdmin().post().uri("/api/v1/" + kind).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    @Test
    void snapshotTakesWhatRemainsOfListingsInsideTheRegionAndTheHorizon() {
        Market market = market(7.8, 61.0);
        db.sql("update supply set reserved_tonnes = 1000 where id = :id").bind("id", market.supply()).then().block();
        UUID plant = api.createCompany("Smelteverk AS");
        UUID plantSite = api.createSite(plant, "Verket", market.lon() + 0.1, market.lat() + 0.1);
        Map<?, ?> stream = api.asAdmin().post().uri("/api/v1/supplies")
                .bodyValue(Map.of("siteId", plantSite.toString(), "material", "SLAG",
                        "quantity", Map.of("amount", 3650, "unit", "t"), "kind", "RECURRING",
                        "availableFrom", "2026-01-01", "availableTo", "2030-12-31"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        UUID outside = api.createSupply(api.createSite(plant, "Utenfor", market.lon() + 0.5, market.lat() + 0.5),
                "CLAY", 1, 100);

        Map<String, Object> body = new HashMap<>(scenarioBody(market, 1, Map.of()));
        body.put("horizon", Map.of("from", "2027-01-01", "to", "2027-03-31"));
        JsonNode created = read(api.as(planner).post().uri("/api/v1/scenarios").bodyValue(body), 202);
        JsonNode problem = read(api.as(planner).get().uri("/api/v1/scenarios/{id}/problem",
                created.path("id").asString()));

        Map<String, JsonNode> supplies = new HashMap<>();
        problem.path("supplies").forEach(supply -> supplies.put(supply.path("id").asString(), supply));
        assertThat(supplies).doesNotContainKey(outside.toString());
        assertThat(supplies.get(market.supply().toString()).path("tonnes").asDouble()).isEqualTo(4000.0);
        JsonNode slag = supplies.get(stream.get("id"));
        assertThat(slag.path("tonnes").asDouble()).isCloseTo(3650 * 90 / 365.0, within(1e-9));
        assertThat(slag.path("availableFrom").asString()).isEqualTo("2027-01-01");
        assertThat(slag.path("availableTo").asString()).isEqualTo("2027-03-31");
        assertThat(problem.path("disposalSites").get(0).path("id").asString()).isEqualTo(market.landfill().toString());
    }

    @Test
    void refusesParametersWithAHorizonOfTheirOwn() {
        api.as(planner).post().uri("/api/v1/scenarios")
                .bodyValue(Map.of("name", "timed",
                        "horizon", Map.of("from", "2027-01-01", "to", "2027-06-30"),
                        "region", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(10.0, 63.0),
                                List.of(10.5, 63.0), List.of(10.5, 63.5), List.of(10.0, 63.0)))),
                        "parameters", Map.of("horizon", Map.of("from", "2027-01-01", "to", "2027-06-30"))))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'parameters.horizon')]").exists();
        Long stored = db.sql("select count(*) as n from scenario where name = 'timed'")
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(stored).isZero();
    }

    @Test
    void refusesABadRequestNamingEachField() {
        api.as(planner).post().uri("/api/v1/scenarios")
                .bodyValue(Map.of("name", "bad",
                        "horizon", Map.of("from", "2027-06-01", "to", "2027-01-01"),
                        "region", Map.of("type", "Polygon", "coordinates",
                                List.of(List.of(List.of(10.0, 63.0), List.of(10.5, 63.0), List.of(10.5, 63.5)))),
                        "materials", List.of("CLAY", "UNOBTAINIUM"),
                        "parameters", Map.of("costPerTonneKm", -1),
                        "seconds", 0))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'horizon.to')]").exists()
                .jsonPath("$.errors[?(@.field == 'region.coordinates[0]')]").exists()
                .jsonPath("$.errors[?(@.field == 'materials[1]')]").exists()
                .jsonPath("$.errors[?(@.field == 'parameters.costPerTonneKm')]").exists()
                .jsonPath("$.errors[?(@.field == 'seconds')]").exists();
        Long stored = db.sql("select count(*) as n from scenario where name = 'bad'")
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(stored).isZero();
    }

    @Test
    void membersCannotRunOrReadScenarios() {
        Market market = market(7.4, 61.0);
        UUID scenario = createScenario(market, 1, Map.of());
        String member = api.memberToken(api.createCompany("Nysgjerrig AS"));
        api.as(member).post().uri("/api/v1/scenarios").bodyValue(scenarioBody(market, 1, Map.of())).exchange()
                .expectStatus().isForbidden();
        api.as(member).get().uri("/api/v1/scenarios/{id}", scenario).exchange().expectStatus().isForbidden();
        api.as(member).get().uri("/api/v1/scenarios/{id}/plan", scenario).exchange().expectStatus().isForbidden();
    }

    @Test
    void unknownScenarioIsNotFound() {
        api.as(planner).get().uri("/api/v1/scenarios/{id}", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound();
    }

    // --- scene ---

    /** A supply of 5,000 t of clay, a demand for 3,000 t 20 km away, a landfill and a quarry, near (lon, lat). */
    private Market market(double lon, double lat) {
        UUID supplier = api.createCompany("Graver AS");
        UUID receiver = api.createCompany("Fyller AS");
        UUID supply = api.createSupply(api.createSite(supplier, "Byggegrop", lon + 0.05, lat + 0.05), "CLAY", 1, 5000);
        UUID demand = api.createDemand(api.createSite(receiver, "Fylling", lon + 0.15, lat + 0.15),
                List.of("CLAY", "SILT"), 2, 3000);
        UUID landfill = facility("DISPOSAL", "Deponi", lon + 0.10, lat + 0.02, "gate_fee_per_tonne", 340);
        UUID quarry = facility("VIRGIN_SOURCE", "Pukkverk", lon + 0.18, lat + 0.10, "price_per_tonne", 150);
        return new Market(lon, lat, supply, demand, landfill, quarry);
    }

    /** Puts a solved scenario back as a solver that died would leave it: SOLVING, no plan, last heartbeat long ago. */
    private void leaveSolving(UUID scenario, String claimedBy, Duration sinceHeartbeat, int attempts) {
        db.sql("""
                        update scenario set status = 'SOLVING', plan = null, claimed_by = :claimedBy,
                               heartbeat_at = now() - make_interval(secs => :since), attempts = :attempts,
                               finished_at = null
                        where id = :id""")
                .bind("id", scenario).bind("claimedBy", claimedBy).bind("since", (double) sinceHeartbeat.toSeconds())
                .bind("attempts", attempts).then().block();
    }

    private UUID facility(String type, String name, double lon, double lat, String priceColumn, double price) {
        return db.sql("insert into facility (type, name, lat, lon, materials, " + priceColumn + ") "
                        + "values (:type, :name, :lat, :lon, :materials, :price) returning id")
                .bind("type", type).bind("name", name).bind("lat", lat).bind("lon", lon)
                .bind("materials", new String[] {"CLAY", "SAND"}).bind("price", price)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    private UUID createScenario(Market market, int seconds, Map<String, Object> parameters) {
        JsonNode created = read(api.as(planner).post().uri("/api/v1/scenarios")
                .bodyValue(scenarioBody(market, seconds, parameters)), 202);
        assertThat(created.path("status").asString()).isIn("QUEUED", "SOLVING");
        return UUID.fromString(created.path("id").asString());
    }

    private static Map<String, Object> scenarioBody(Market market, int seconds, Map<String, Object> parameters) {
        double lon = market.lon();
        double lat = market.lat();
        return Map.of("name", "test " + lon,
                "horizon", Map.of("from", "2027-01-01", "to", "2027-12-31"),
                "region", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                        List.of(lon, lat), List.of(lon + 0.2, lat), List.of(lon + 0.2, lat + 0.2),
                        List.of(lon, lat + 0.2), List.of(lon, lat)))),
                "parameters", parameters,
                "seconds", seconds);
    }

    private JsonNode awaitFinal(UUID scenario) {
        return await(scenario, List.of("SOLVED", "STOPPED", "FAILED"));
    }

    private void awaitStatus(UUID scenario, String status) {
        await(scenario, List.of(status));
    }

    private JsonNode await(UUID scenario, List<String> statuses) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            JsonNode view = read(api.as(planner).get().uri("/api/v1/scenarios/{id}", scenario));
            if (statuses.contains(view.path("status").asString())) {
                return view;
            }
            assertThat(System.nanoTime()).as("scenario %s reaches %s; it is %s", scenario, statuses, view)
                    .isLessThan(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(WebTestClient.RequestHeadersSpec<?> request) {
        return read(request, 200);
    }

    private JsonNode read(WebTestClient.RequestHeadersSpec<?> request, int status) {
        String body = request.exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private record Market(double lon, double lat, UUID supply, UUID demand, UUID landfill, UUID quarry) {
    }
}
