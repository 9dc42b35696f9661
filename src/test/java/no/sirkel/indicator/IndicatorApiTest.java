package no.sirkel.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IndicatorHistory;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/** Indicator figures from the hand-made {@link IndicatorHistory}, checked against numbers computed by hand. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiTest {

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
        IndicatorHistory history = IndicatorHistory.build(api, db);
        municipality = history.municipality();
        baselineKm = history.baselineKm();
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
                .collect(Collectors.toMap(f -> (String) f.get("indicator"), f -> f));
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
