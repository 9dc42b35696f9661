package no.sirkel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/** Runs the service with demo data on a database of its own, which starts empty. */
@IntegrationTest
@TestPropertySource(properties = {"sirkel.data-dir=target/test-data-demo", "sirkel.demo=true"})
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    DatabaseClient db;

    @Autowired
    WebTestClient client;

    @Test
    void loadsTheWholeDataSetIntoAnEmptyDatabaseThroughTheApi() {
        DemoData data = loader.read();
        assertThat(counts()).isEqualTo(Map.of(
                "company", (long) data.companies().size(),
                "site", (long) data.sites().size(),
                "facility", (long) data.facilities().size(),
                "supply", (long) data.supplies().size() + DemoHistory.LISTINGS,
                "demand", (long) data.demands().size() + DemoHistory.LISTINGS));
        assertThat(data.companies()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(data.supplies()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(data.demands()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void doesNothingOnceCompaniesExist() {
        Map<String, Long> before = counts();
        long loaderTokensBefore = loaderTokens();
        loader.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(before);
        assertThat(loaderTokens()).as("the loader did not even start").isEqualTo(loaderTokensBefore);
    }

    @Test
    void revokesTheLoadersOwnToken() {
        assertThat(db.sql("select count(*) as n from api_token where label = 'demo data loader' and revoked_at is null")
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void modelsTheThamsClusterAsRecurringStreamsWithTheirUsers() {
        String sql = """
                select s.material, s.kind, s.tonnes, s.contamination_class from supply s join site on site.id = s.site_id
                where site.name = 'Thamshavn silisiumverk' and s.material = 'MICROSILICA'""";
        Map<String, Object> microsilica = db.sql(sql).fetch().one().block();
        assertThat(microsilica).containsEntry("kind", "RECURRING").containsEntry("tonnes", 20000.0);
        assertThat(microsilica.get("contamination_class")).isNull();
        for (String byProduct : new String[] {"FILTER_DUST", "MICROSILICA", "SLAG"}) {
            assertThat(db.sql("select count(*) as n from demand where :code = any(accepts) and kind = 'RECURRING'")
                    .bind("code", byProduct).map(row -> row.get("n", Long.class)).one().block())
                    .as("recurring users of " + byProduct).isPositive();
        }
    }

    @Test
    void convertsVolumesToTonnesAndKeepsMostMassesClean() {
        Double clayTonnes = db.sql("""
                        select s.tonnes from supply s join site on site.id = s.site_id
                        where site.name = 'Brattøra kontorbygg, byggegrop' and s.material = 'CLAY'
                          and s.quantity_unit = 'm3_solid'""")
                .map(row -> row.get("tonnes", Double.class)).one().block();
        assertThat(clayTonnes).isCloseTo(28000 * 1.35 * 1.50, org.assertj.core.data.Offset.offset(0.01));
        Map<String, Object> classes = db.sql("""
                        select count(*) filter (where contamination_class <= 2) as clean,
                               count(*) filter (where contamination_class >= 3) as contaminated,
                               count(distinct contamination_class) as distinct_classes
                        from supply""").fetch().one().block();
        assertThat((Long) classes.get("clean")).isGreaterThan(3 * (Long) classes.get("contaminated"));
        assertThat(classes.get("distinct_classes")).isEqualTo(5L);
    }

    @Test
    void chargesGateFeesByContaminationClass() {
        Map<String, Object> fees = db.sql("""
                        select max(gate_fee_per_tonne) filter (where max_contamination_class = 1) as clean,
                               min(gate_fee_per_tonne) filter (where max_contamination_class between 2 and 3) as light,
                               min(gate_fee_per_tonne) filter (where max_contamination_class = 4) as moderate,
                               min(gate_fee_per_tonne) filter (where max_contamination_class = 5) as heavy
                        from facility where type = 'DISPOSAL'""").fetch().one().block();
        double clean = ((Number) fees.get("clean")).doubleValue();
        double light = ((Number) fees.get("light")).doubleValue();
        double moderate = ((Number) fees.get("moderate")).doubleValue();
        double heavy = ((Number) fees.get("heavy")).doubleValue();
        assertThat(clean).isLessThan(light);
        assertThat(light).as("the reference list: 340 for contaminated natural masses, 450 for mixed inert waste")
                .isBetween(340.0, 450.0).isLessThan(moderate);
        assertThat(moderate).isLessThan(heavy);
    }

    @Test
    void everySupplyHasALandfillAndEveryDemandAQuarrySoNoBaselineTonnePaysAPenalty() {
        List<String> withoutLandfill = db.sql("""
                        select s.material || ' class ' || coalesce(s.contamination_class::text, '-') as listing
                        from supply s where not exists (
                            select 1 from facility f where f.type = 'DISPOSAL'
                            and (f.accepts is null or s.material = any(f.accepts))
                            and (s.contamination_class is null or f.max_contamination_class is null
                                 or s.contamination_class <= f.max_contamination_class))""")
                .map(row -> row.get("listing", String.class)).all().collectList().block();
        List<String> withoutQuarry = db.sql("""
                        select array_to_string(d.accepts, ',') as listing from demand d where not exists (
                            select 1 from facility f where f.type = 'VIRGIN_SOURCE' and f.materials && d.accepts)""")
                .map(row -> row.get("listing", String.class)).all().collectList().block();
        assertThat(withoutLandfill).isEmpty();
        assertThat(withoutQuarry).isEmpty();
    }

    @Test
    void demoFacilitiesAreVisibleThroughTheApi() {
        new TestApi(client).asAdmin().get().uri("/api/v1/facilities?type=DISPOSAL&bbox=9.5,63.0,11.5,63.7").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(7);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aYearOfDeliveriesShowsGoodMonthsAndBadOnTheOpenIndicators() {
        YearMonth first = YearMonth.now(ZoneId.of("Europe/Oslo")).minusMonths(12);
        Map<String, Object> report = client.get().uri("/api/v1/indicators?from=" + first + "&to=" + first.plusMonths(11))
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        List<Map<String, Object>> months = (List<Map<String, Object>>) report.get("months");

        assertThat(months).hasSize(12);
        for (int m = 1; m <= 12; m++) {
            Map<String, Map<String, Object>> figures = ((List<Map<String, Object>>) months.get(m - 1).get("figures"))
                    .stream().collect(Collectors.toMap(figure -> (String) figure.get("indicator"), figure -> figure));
            assertThat(((Number) figures.get("reusedTonnes").get("value")).doubleValue()).isPositive();
            assertThat(figures.get("onTimeShare").get("value"))
                    .isEqualTo(DemoHistory.BAD_MONTHS.contains(m) ? 0.0 : 100.0);
        }
        assertThat(db.sql("select count(*) as n from api_token where label = 'demo history' and revoked_at is null")
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    private long loaderTokens() {
        return db.sql("select count(*) as n from api_token where label = 'demo data loader'")
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private Map<String, Long> counts() {
        Map<String, Object> row = db.sql("""
                        select (select count(*) from company) as company, (select count(*) from site) as site,
                               (select count(*) from facility) as facility, (select count(*) from supply) as supply,
                               (select count(*) from demand) as demand""").fetch().one().block();
        return Map.of("company", (Long) row.get("company"), "site", (Long) row.get("site"),
                "facility", (Long) row.get("facility"), "supply", (Long) row.get("supply"),
                "demand", (Long) row.get("demand"));
    }
}
