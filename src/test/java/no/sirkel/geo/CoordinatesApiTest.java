package no.sirkel.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/** Sites and facilities written and read in EUREF89 UTM, and the service region (Norway, the default) enforced. */
@IntegrationTest
@TestPropertySource(properties = {"sirkel.region.bbox=", "sirkel.data-dir=target/test-data-norway"})
@SuppressWarnings("unchecked")
class CoordinatesApiTest {

    private static final String UTM32 = "http://www.opengis.net/def/crs/EPSG/0/25832";
    private static final String UTM33 = "http://www.opengis.net/def/crs/EPSG/0/25833";

    @Autowired
    WebTestClient client;

    private static Map<String, Object> site(String name, double first, double second) {
        return Map.of("name", name, "location", Map.of("type", "Point", "coordinates", List.of(first, second)));
    }

    @Test
    void siteWrittenInUtm32IsStoredInWgs84AndReadBackInUtm32WithinACentimetre() {
        TestApi api = new TestApi(client);
        WebTestClient member = api.as(api.memberToken(api.createCompany("Torvet Bygg AS")));
        Map<String, Object> created = member.post().uri("/api/v1/sites")
                .header("Content-Crs", "<" + UTM32 + ">")
                .bodyValue(site("Torvet", 569532, 7034225))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Content-Crs", "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>")
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Double> wgs84 = (List<Double>) ((Map<String, Object>) created.get("location")).get("coordinates");
        assertThat(wgs84.get(0)).isCloseTo(10.3933, within(0.001));
        assertThat(wgs84.get(1)).isCloseTo(63.4297, within(0.001));

        Map<String, Object> inUtm = member.get().uri("/api/v1/sites/{id}?crs={crs}", created.get("id"), UTM32)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Crs", "<" + UTM32 + ">")
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Double> utm = (List<Double>) ((Map<String, Object>) inUtm.get("location")).get("coordinates");
        assertThat(utm.get(0)).isCloseTo(569532, within(0.01));
        assertThat(utm.get(1)).isCloseTo(7034225, within(0.01));
    }

    @Test
    void facilityWrittenInUtm33IsListedInUtm33() {
        TestApi api = new TestApi(client);
        double[] utm33 = Crs.EPSG_25833.fromLonLat(10.2621, 63.0451);
        Map<String, Object> landfill = new HashMap<>(Map.of("type", "DISPOSAL", "name", "Deponi UTM 33",
                "gateFeePerTonne", 340, "location", Map.of("type", "Point", "coordinates",
                        List.of(utm33[0], utm33[1]))));
        Map<String, Object> created = api.asAdmin().post().uri("/api/v1/facilities?crs={crs}", UTM33)
                .header("Content-Crs", "EPSG:25833")
                .bodyValue(landfill)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Content-Crs", "<" + UTM33 + ">")
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Double> shown = (List<Double>) ((Map<String, Object>) created.get("location")).get("coordinates");
        assertThat(shown.get(0)).isCloseTo(utm33[0], within(0.01));
        assertThat(shown.get(1)).isCloseTo(utm33[1], within(0.01));
        api.asAdmin().get().uri("/api/v1/facilities/{id}", created.get("id")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.location.coordinates[0]").value(lon -> assertThat((Double) lon)
                        .isCloseTo(10.2621, within(1e-7)))
                .jsonPath("$.location.coordinates[1]").value(lat -> assertThat((Double) lat)
                        .isCloseTo(63.0451, within(1e-7)));
    }

    @Test
    void refusesTrondheimWithLongitudeAndLatitudeSwappedAndSaysSo() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Byttet AS");
        api.as(api.memberToken(company)).post().uri("/api/v1/sites")
                .bodyValue(site("Arabiahavet", 63.4297, 10.3933))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("location.coordinates")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("outside the service's region").contains("swapped"));
        api.asAdmin().get().uri("/api/v1/sites?companyId=" + company).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void refusesAPlaceOutsideTheRegionWithoutASwapHint() {
        TestApi api = new TestApi(client);
        api.as(api.memberToken(api.createCompany("Paris AS"))).post().uri("/api/v1/sites")
                .bodyValue(site("Paris", 2.35, 48.85))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("location.coordinates")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("outside the service's region").doesNotContain("swapped"));
    }

    @Test
    void utmEastingAndNorthingSwappedGetTheHintToo() {
        TestApi api = new TestApi(client);
        api.as(api.memberToken(api.createCompany("Nord Sør AS"))).post().uri("/api/v1/sites")
                .header("Content-Crs", UTM32)
                .bodyValue(site("Torvet snudd", 7034225, 569532))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message)
                        .contains("swapped").contains("[easting, northing] in metres"));
    }

    @Test
    void refusesAContentCrsTheServiceDoesNotKnow() {
        TestApi api = new TestApi(client);
        api.as(api.memberToken(api.createCompany("Mercator AS"))).post().uri("/api/v1/sites")
                .header("Content-Crs", "EPSG:3857")
                .bodyValue(site("Web Mercator", 1_157_000, 9_240_000))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Content-Crs");
    }
}
