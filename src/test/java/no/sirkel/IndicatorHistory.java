package no.sirkel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.rules.GreatCircle;

/**
 * A hand-made history in a municipality of its own (so other tests' data stays out), far north at 69° N with a
 * landfill and a quarry of its own nearest to it. Four companies A, B, C, D; A and C supply gravel, B and D receive it.
 * <ul>
 *   <li>March 2024: A→B 200 t and C→D 100 t delivered, both at 10 km; listed 2024-02-01, agreed 2024-02-06.</li>
 *   <li>March 2025: A→B 100 t at 10 km (60 t in 4 loads, 40 t in 3); C→D 50 t at 20 km (20 t in 2 loads, and 10 t
 *       that C disputes); listed 2025-02-01, agreed 2025-02-11 and 2025-02-21; windows all of March.</li>
 *   <li>Outside Sirkel in March 2025: A took 30 t to landfill, D reused 10 t itself.</li>
 *   <li>The reuse-rate target for 2025 is 90 %.</li>
 * </ul>
 *
 * @param baselineKm the road km of each deal's baseline: supply site to the landfill plus the quarry to the demand site
 */
public record IndicatorHistory(String municipality, double baselineKm) {

    private static final double SUPPLY_LAT = 69.0;
    private static final double DEMAND_LAT = 69.1;
    private static final double LON = 18.0;

    public static IndicatorHistory build(TestApi api, DatabaseClient db) {
        DealFixture deals = new DealFixture(api, db);
        String municipality = "Indikator " + UUID.randomUUID().toString().substring(0, 8);
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
        facility(api, Map.of("type", "DISPOSAL", "name", "Nordlig deponi", "gateFeePerTonne", 400,
                "location", point(18.2, 69.0)));
        facility(api, Map.of("type", "VIRGIN_SOURCE", "name", "Nordlig pukkverk", "materials", List.of("GRAVEL"),
                "pricePerTonne", 150, "location", point(18.0, 69.2)));
        double baselineKm = (GreatCircle.km(SUPPLY_LAT, LON, 69.0, 18.2) + GreatCircle.km(69.2, 18.0, DEMAND_LAT, LON))
                * Parameters.DEFAULT_ROAD_FACTOR;

        UUID lastYearAb = deals.deal(spec(a, aSite, b, bSite, 200, 10, "2024-03-01", "2024-03-31",
                "2024-02-01", "2024-02-06"));
        UUID lastYearCd = deals.deal(spec(c, cSite, d, dSite, 100, 10, "2024-03-01", "2024-03-31",
                "2024-02-01", "2024-02-06"));
        deliver(api, bToken, lastYearAb, "2024-03-10", 200, 12);
        deliver(api, dToken, lastYearCd, "2024-03-12", 100, 6);

        UUID ab = deals.deal(spec(a, aSite, b, bSite, 100, 10, "2025-03-01", "2025-03-31",
                "2025-02-01", "2025-02-11"));
        UUID cd = deals.deal(spec(c, cSite, d, dSite, 50, 20, "2025-03-01", "2025-03-31",
                "2025-02-01", "2025-02-21"));
        deliver(api, bToken, ab, "2025-03-10", 60, 4);
        deliver(api, bToken, ab, "2025-03-20", 40, 3);
        deliver(api, dToken, cd, "2025-03-15", 20, 2);
        String disputed = deliver(api, dToken, cd, "2025-03-16", 10, 1);
        api.as(cToken).post().uri("/api/v1/proposals/{id}/deliveries/{d}/dispute", cd, disputed)
                .bodyValue(Map.of("note", "never arrived")).exchange().expectStatus().isOk();
        outside(api, aToken, aSite, "2025-03-05", 30, "LANDFILL");
        outside(api, dToken, dSite, "2025-03-07", 10, "OWN_REUSE");
        api.asAdmin().put().uri("/api/v1/indicators/targets/reuseRate/2025").bodyValue(Map.of("value", 90))
                .exchange().expectStatus().isOk();
        return new IndicatorHistory(municipality, baselineKm);
    }

    private static DealFixture.Spec spec(UUID supplier, UUID supplySite, UUID receiver, UUID demandSite,
                                         double tonnes, double km, String from, String to, String listed,
                                         String agreed) {
        return new DealFixture.Spec(supplier, supplySite, receiver, demandSite, "GRAVEL", tonnes, "t", tonnes, km,
                LocalDate.parse(from), LocalDate.parse(to), Instant.parse(listed + "T10:00:00Z"),
                Instant.parse(agreed + "T10:00:00Z"));
    }

    private static Map<String, Object> point(double lon, double lat) {
        return Map.of("type", "Point", "coordinates", List.of(lon, lat));
    }

    private static void facility(TestApi api, Map<String, Object> body) {
        api.asAdmin().post().uri("/api/v1/facilities").bodyValue(body).exchange().expectStatus().isCreated();
    }

    private static String deliver(TestApi api, String token, UUID deal, String date, double tonnes, int trips) {
        return (String) api.as(token).post().uri("/api/v1/proposals/{id}/deliveries", deal)
                .bodyValue(Map.of("date", date, "tonnes", tonnes, "truckTrips", trips)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    private static void outside(TestApi api, String token, UUID site, String date, double tonnes,
                                String destination) {
        api.as(token).post().uri("/api/v1/outside-deliveries")
                .bodyValue(Map.of("siteId", site.toString(), "date", date, "material", "GRAVEL", "tonnes", tonnes,
                        "destination", destination, "truckTrips", 1))
                .exchange().expectStatus().isCreated();
    }
}
