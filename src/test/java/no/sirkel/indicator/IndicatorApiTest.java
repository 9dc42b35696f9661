package no.sirkel.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.DealFixture;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.listing.CandidateRules;

/**
 * Indicator figures from a hand-made history in a municipality of its own (so other tests' data stays out), far
 * north, with a landfill and a quarry of its own nearest to it: March 2024 and March 2025, two deals each.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiTest {

    private static final double SUPPLY_LAT = 69.0;
    private static final double DEMAND_LAT = 69.1;
    private static final double LON = 18.0;

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    TestApi api;
    String municipality;
    double baselineKm;

    @BeforeAll
    void history() {
        api = new TestApi(client);
        DealFixture deals = new DealFixture(db);
        municipality = "Indikator " + UUID.randomUUID().toString().substring(0, 8);
        UUID a = api.createCompany("A Grav AS");
        UUID b = api.createCompany("B Bygg AS");
        UUID c = api.createCompany("C Anlegg AS");
        UUID d = api.createCompany("D Vei AS");
        String aToken = api.memberToken(a);
        String bToken = api.memberToken(b);
        String cToken = api.memberToken(c);
        String dToken = api.memberToken(d);
        UUID aSite = deals.site(a, municipality, SUPPLY_LAT, LON);
        UUID bSite = deals.site(b, municipality, DEMAND_LAT, LON);
        UUID cSite = deals.site(c, municipality, SUPPLY_LAT, LON);
        UUID dSite = deals.site(d, municipality, DEMAND_LAT, LON);
        facility(Map.of("type", "DISPOSAL", "name", "Nordlig deponi", "gateFeePerTonne", 400,
                "location", point(18.2, 69.0)));
        facility(Map.of("type", "VIRGIN_SOURCE", "name", "Nordlig pukkverk", "materials", List.of("GRAVEL"),
                "pricePerTonne", 150, "location", point(18.0, 69.2)));
        CandidateRules rules = CandidateRules.defaults();
        baselineKm = rules.roadKm(SUPPLY_LAT, LON, 69.0, 18.2) + rules.roadKm(69.2, 18.0, DEMAND_LAT, LON);

        UUID lastYearAb = deals.deal(spec(a, aSite, b, bSite, 200, 10, "2024-03-01", "2024-03-31",
                "2024-02-01", "2024-02-06"));
        UUID lastYearCd = deals.deal(spec(c, cSite, d, dSite, 100, 10, "2024-03-01", "2024-03-31",
                "2024-02-01", "2024-02-06"));
        deliver(bToken, lastYearAb, "2024-03-10", 200, 12);
        deliver(dToken, lastYearCd, "2024-03-12", 100, 6);

        UUID ab = deals.deal(spec(a, aSite, b, bSite, 100, 10, "2025-03-01", "2025-03-31",
                "2025-02-01", "2025-02-11"));
        UUID cd = deals.deal(spec(c, cSite, d, dSite, 50, 20, "2025-03-01", "2025-03-31",
                "2025-02-01", "2025-02-21"));
        deliver(bToken, ab, "2025-03-10", 60, 4);
        deliver(bToken, ab, "2025-03-20", 40, 3);
        deliver(dToken, cd, "2025-03-15", 20, 2);
        String disputed = deliver(dToken, cd, "2025-03-16", 10, 1);
        api.as(cToken).post().uri("/api/v1/proposals/{id}/deliveries/{d}/dispute", cd, disputed)
                .bodyValue(Map.of("note", "never arrived")).exchange().expectStatus().isOk();
        outside(aToken, aSite, "2025-03-05", 30, "LANDFILL");
        outside(dToken, dSite, "2025-03-07", 10, "OWN_REUSE");
        api.asAdmin().put().uri("/api/v1/indicators/targets/reuseRate/2025").bodyValue(Map.of("value", 90))
                .exchange().expectStatus().isOk();
    }

    static DealFixture.Spec spec(UUID supplier, UUID supplySite, UUID receiver, UUID demandSite, double tonnes,
                                 double km, String from, String to, String listed, String agreed) {
        return new DealFixture.Spec(supplier, supplySite, receiver, demandSite, "GRAVEL", tonnes, "t", tonnes, km,
                LocalDate.parse(from), LocalDate.parse(to), Instant.parse(listed + "T10:00:00Z"),
                Instant.parse(agreed + "T10:00:00Z"));
    }

    static Map<String, Object> point(double lon, double lat) {
        return Map.of("type", "Point", "coordinates", List.of(lon, lat));
    }

    void facility(Map<String, Object> body) {
        api.asAdmin().post().uri("/api/v1/facilities").bodyValue(body).exchange().expectStatus().isCreated();
    }

    String deliver(String token, UUID deal, String date, double tonnes, int trips) {
        return (String) api.as(token).post().uri("/api/v1/proposals/{id}/deliveries", deal)
                .bodyValue(Map.of("date", date, "tonnes", tonnes, "truckTrips", trips)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    void outside(String token, UUID site, String date, double tonnes, String destination) {
        api.as(token).post().uri("/api/v1/outside-deliveries")
                .bodyValue(Map.of("siteId", site.toString(), "date", date, "material", "GRAVEL", "tonnes", tonnes,
                        "destination", destination, "truckTrips", 1))
                .exchange().expectStatus().isCreated();
    }

    /** The figures of one month, by indicator key, read without a token. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> month(String month) {
        Map<String, Object> report = client.get()
                .uri(b -> b.path("/api/v1/indicators").queryParam("from", month).queryParam("to", month)
                        .queryParam("municipality", municipality).build())
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        List<Map<String, Object>> months = (List<Map<String, Object>>) report.get("months");
        assertThat(months).hasSize(1);
        return ((List<Map<String, Object>>) months.get(0).get("figures")).stream()
                .collect(java.util.stream.Collectors.toMap(f -> (String) f.get("indicator"), f -> f));
    }

    static double value(Map<String, Object> figure) {
        return ((Number) figure.get("value")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> comparison(Map<String, Object> figure, String which) {
        return (Map<String, Object>) figure.get(which);
    }

    @Test
    void theMonthsFiguresEqualTheHandComputedOnes() {
        Map<String, Map<String, Object>> march = month("2025-03");

        assertThat(value(march.get("reusedTonnes"))).isEqualTo(120.0);
        assertThat(value(march.get("virginReplacedTonnes"))).isEqualTo(130.0);
        assertThat(value(march.get("reuseRate"))).isEqualTo(81.25);
        assertThat(value(march.get("tonneKm"))).isEqualTo(60 * 10 + 40 * 10 + 20 * 20);
        assertThat(value(march.get("co2Kg"))).isCloseTo(1400 * 0.09, within(0.001));
        assertThat(value(march.get("truckTrips"))).isEqualTo(9.0);
        assertThat(value(march.get("baselineTruckTrips"))).isEqualTo(18.0);
        assertThat(value(march.get("baselineTonneKm"))).isCloseTo(120 * baselineKm, within(0.01));
        assertThat(value(march.get("co2SavedKg"))).isCloseTo((120 * baselineKm - 1400) * 0.09, within(0.01));
        assertThat(value(march.get("onTimeShare"))).isEqualTo(50.0);
        assertThat(value(march.get("activeListings"))).isEqualTo(4.0);
        assertThat(value(march.get("activeFirms"))).isEqualTo(4.0);
        assertThat(value(month("2025-02").get("medianDaysToDeal"))).isEqualTo(15.0);
    }

    @Test
    void aFigureOfFewerThanThreeCompaniesIsSuppressedAndSaysSo() {
        Map<String, Object> landfill = month("2025-03").get("landfillTonnes");

        assertThat(landfill.get("value")).isNull();
        assertThat(landfill).containsEntry("suppressed", true);
        assertThat((String) landfill.get("note")).contains("fewer than 3 companies");
        assertThat(comparison(landfill, "sameMonthLastYear")).containsEntry("suppressed", true);
        Map<String, Object> medianLastYear = month("2024-02").get("medianDaysToDeal");
        assertThat(medianLastYear).containsEntry("suppressed", false);
        assertThat(value(medianLastYear)).isEqualTo(5.0);
    }

    @Test
    void aFallAgainstLastYearIsMarkedWorseWithTheNumber() {
        Map<String, Object> reused = month("2025-03").get("reusedTonnes");

        assertThat(comparison(reused, "sameMonthLastYear")).containsEntry("before", 300.0)
                .containsEntry("change", -180.0).containsEntry("changePercent", -60.0).containsEntry("worse", true);
        assertThat(comparison(reused, "twelveMonths")).containsEntry("value", 120.0).containsEntry("before", 300.0)
                .containsEntry("worse", true);
        assertThat(comparison(month("2024-03").get("reusedTonnes"), "sameMonthLastYear"))
                .containsEntry("before", 0.0).containsEntry("change", 300.0).containsEntry("worse", false);
    }

    @Test
    void theTargetShowsTheDistanceOfTheTwelveMonthsToIt() {
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) month("2025-03").get("reuseRate").get("target");

        assertThat(target).containsEntry("year", 2025).containsEntry("value", 90.0)
                .containsEntry("distance", -8.75).containsEntry("met", false);
        api.as(api.plannerToken()).put().uri("/api/v1/indicators/targets/reuseRate/2025")
                .bodyValue(Map.of("value", 10)).exchange().expectStatus().isForbidden();
        client.put().uri("/api/v1/indicators/targets/reuseRate/2025").bodyValue(Map.of("value", 10)).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void everyChartsDataComesAsCsvWithoutAToken() {
        String csv = client.get().uri(b -> b.path("/api/v1/indicators").queryParam("from", "2025-03")
                        .queryParam("to", "2025-03").queryParam("municipality", municipality)
                        .queryParam("indicator", "reusedTonnes").queryParam("format", "csv").build())
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).startsWith("2025-03," + municipality + ",reusedTonnes,t,120.000,false,,300.000,-180.000,true");
    }

    @Test
    void aMalformedMonthIsRefusedNamingTheParameter() {
        client.get().uri("/api/v1/indicators?from=2025-13&to=2025-03").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        client.get().uri("/api/v1/indicators?from=2025-05&to=2025-03").exchange()
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
    }
}
