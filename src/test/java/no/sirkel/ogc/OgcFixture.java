package no.sirkel.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.TestApi;
import no.sirkel.geo.Crs;

/**
 * A patch of Norway of the test's own (tests share one database): a company with two sites 2 km apart, supplies of
 * clay at the first, demands for clay at the second, a landfill, and on request a solved scenario over them.
 */
final class OgcFixture {

    final TestApi api;
    final double lon;
    final double lat;
    final UUID company;
    final String companyName;
    final String plannerToken;
    final String memberToken;
    final List<UUID> supplies = new ArrayList<>();
    final List<UUID> demands = new ArrayList<>();
    final UUID landfill;

    OgcFixture(WebTestClient client, int supplyCount, int demandCount) {
        api = new TestApi(client);
        lon = 6 + ThreadLocalRandom.current().nextDouble() * 20;
        lat = 60 + ThreadLocalRandom.current().nextDouble() * 8;
        companyName = "Masse " + UUID.randomUUID().toString().substring(0, 8) + " AS";
        company = api.createCompany(companyName);
        plannerToken = api.plannerToken();
        memberToken = api.memberToken(company);
        UUID supplySite = api.createSite(company, "Graving " + companyName, lon, lat);
        UUID demandSite = api.createSite(company, "Fylling " + companyName, lon + 0.02, lat + 0.01);
        for (int i = 0; i < supplyCount; i++) {
            supplies.add(api.createSupply(supplySite, "CLAY", 1, 100 + i));
        }
        for (int i = 0; i < demandCount; i++) {
            demands.add(api.createDemand(demandSite, List.of("CLAY"), 1, 50 + i));
        }
        landfill = id(api.asAdmin().post().uri("/api/v1/facilities").bodyValue(Map.of("type", "DISPOSAL",
                "name", "Deponi " + companyName, "gateFeePerTonne", 400, "location",
                Map.of("type", "Point", "coordinates", List.of(lon - 0.02, lat - 0.01)))));
    }

    /** A box in EPSG:25832 around the fixture's places, {minE, minN, maxE, maxN} in metres. */
    double[] utm32Box() {
        double[] lower = Crs.EPSG_25832.fromLonLat(lon - 0.05, lat - 0.03);
        double[] upper = Crs.EPSG_25832.fromLonLat(lon + 0.05, lat + 0.03);
        return new double[] {Math.min(lower[0], upper[0]), lower[1], Math.max(lower[0], upper[0]), upper[1]};
    }

    String utm32Bbox() {
        double[] box = utm32Box();
        return box[0] + "," + box[1] + "," + box[2] + "," + box[3];
    }

    /** Solves a scenario over the fixture's patch for a second and returns its id once it has a plan. */
    UUID solvedScenario() {
        UUID scenario = id(api.as(plannerToken).post().uri("/api/v1/scenarios").bodyValue(Map.of(
                "name", "OGC " + companyName,
                "horizon", Map.of("from", "2027-01-01", "to", "2027-12-31"),
                "region", Map.of("type", "Polygon", "coordinates", List.of(List.of(
                        List.of(lon - 0.1, lat - 0.1), List.of(lon + 0.1, lat - 0.1), List.of(lon + 0.1, lat + 0.1),
                        List.of(lon - 0.1, lat + 0.1), List.of(lon - 0.1, lat - 0.1)))),
                "seconds", 1)), 202);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            Map<?, ?> view = api.as(plannerToken).get().uri("/api/v1/scenarios/{id}", scenario).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            if ("SOLVED".equals(view.get("status"))) {
                return scenario;
            }
            assertThat(view.get("status")).isNotEqualTo("FAILED");
            assertThat(System.nanoTime()).as("scenario %s is solved in time", scenario).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static UUID id(WebTestClient.RequestHeadersSpec<?> request) {
        return id(request, 201);
    }

    private static UUID id(WebTestClient.RequestHeadersSpec<?> request, int status) {
        Map<?, ?> body = request.exchange().expectStatus().isEqualTo(status)
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) body.get("id"));
    }
}
