package no.sirkel.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.geo.Crs;

@IntegrationTest
@SuppressWarnings("unchecked")
class OgcApiTest {

    private static final String UTM32 = "http://www.opengis.net/def/crs/EPSG/0/25832";

    @Autowired
    WebTestClient client;

    @Test
    void landingPageAndConformanceArePublicAndCollectionsNeedAToken() {
        client.get().uri("/ogc").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.links[?(@.rel == 'conformance')].href").exists()
                .jsonPath("$.links[?(@.rel == 'data')].href").exists()
                .jsonPath("$.links[?(@.rel == 'service-desc')].href").exists();
        client.get().uri("/ogc/conformance").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.conformsTo").value(classes -> assertThat((List<String>) classes)
                        .contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs"));
        client.get().uri("/ogc/collections").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void itemsPageOnWithNextLinksInUtmWithinAUtmBox() {
        OgcFixture market = new OgcFixture(client, 7, 1);
        WebTestClient planner = market.api.as(market.plannerToken);
        List<String> ids = new ArrayList<>();
        String next = "/ogc/collections/supplies/items?limit=3&crs=" + UTM32 + "&bbox-crs=" + UTM32 + "&bbox="
                + market.utm32Bbox();
        int pages = 0;
        while (next != null) {
            Map<String, Object> page = (next.startsWith("http") ? planner.get().uri(URI.create(next))
                    : planner.get().uri(next))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("Content-Crs", "<" + UTM32 + ">")
                    .expectHeader().contentType("application/geo+json")
                    .expectBody(Map.class).returnResult().getResponseBody();
            pages++;
            List<Map<String, Object>> features = (List<Map<String, Object>>) page.get("features");
            assertThat(page.get("numberReturned")).isEqualTo(features.size());
            for (Map<String, Object> feature : features) {
                ids.add((String) feature.get("id"));
                List<Double> xy = (List<Double>) ((Map<String, Object>) feature.get("geometry")).get("coordinates");
                double[] expected = Crs.EPSG_25832.fromLonLat(market.lon, market.lat);
                assertThat(xy.get(0)).isCloseTo(expected[0], within(0.01));
                assertThat(xy.get(1)).isCloseTo(expected[1], within(0.01));
                Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
                assertThat(properties).containsEntry("materialName", "Leire")
                        .containsEntry("companyName", market.companyName)
                        .containsEntry("siteName", "Graving " + market.companyName);
            }
            next = ((List<Map<String, Object>>) page.get("links")).stream()
                    .filter(link -> "next".equals(link.get("rel"))).map(link -> (String) link.get("href"))
                    .findFirst().orElse(null);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(market.supplies.stream().map(UUID::toString).toList());
    }

    @Test
    void aWholeResultOnOnePageSaysHowManyMatchedInTheReadersLanguage() {
        OgcFixture market = new OgcFixture(client, 2, 2);
        double[] box = {market.lon - 0.05, market.lat - 0.03, market.lon + 0.05, market.lat + 0.03};
        market.api.as(market.plannerToken).get()
                .uri("/ogc/collections/demands/items?bbox={a},{b},{c},{d}&datetime=2027-01-01/..", box[0], box[1],
                        box[2], box[3])
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.numberMatched").isEqualTo(2)
                .jsonPath("$.numberReturned").isEqualTo(2)
                .jsonPath("$.features[0].properties.acceptsNames").isEqualTo("Clay")
                .jsonPath("$.features[0].geometry.coordinates[0]").value(lon -> assertThat((Double) lon)
                        .isCloseTo(market.lon + 0.02, within(1e-9)));
    }

    @Test
    void aMemberOfAnotherCompanySeesTheListingButNotWhoseItIs() {
        OgcFixture market = new OgcFixture(client, 1, 0);
        String outsider = market.api.memberToken(market.api.createCompany("Nabo AS"));
        market.api.as(outsider).get().uri("/ogc/collections/supplies/items/{id}", market.supplies.get(0))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.properties.material").isEqualTo("CLAY")
                .jsonPath("$.properties.companyName").doesNotExist()
                .jsonPath("$.properties.siteName").doesNotExist()
                .jsonPath("$.links[?(@.rel == 'collection')]").exists();
        market.api.as(market.memberToken).get().uri("/ogc/collections/supplies/items/{id}", market.supplies.get(0))
                .exchange()
                .expectBody().jsonPath("$.properties.companyName").isEqualTo(market.companyName);
    }

    @Test
    void facilitiesAreFilteredByTypeAndRefuseAnUnknownOne() {
        OgcFixture market = new OgcFixture(client, 0, 0);
        WebTestClient planner = market.api.as(market.plannerToken);
        String bbox = (market.lon - 0.05) + "," + (market.lat - 0.03) + "," + (market.lon + 0.05) + ","
                + (market.lat + 0.03);
        planner.get().uri("/ogc/collections/facilities/items?type=DISPOSAL&bbox=" + bbox).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.features.length()").isEqualTo(1)
                .jsonPath("$.features[0].id").isEqualTo(market.landfill.toString())
                .jsonPath("$.features[0].properties.gateFeePerTonne").isEqualTo(400);
        planner.get().uri("/ogc/collections/facilities/items?type=VIRGIN_SOURCE&bbox=" + bbox).exchange()
                .expectBody().jsonPath("$.features.length()").isEqualTo(0);
        planner.get().uri("/ogc/collections/facilities/items?type=MINE").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
    }

    @Test
    void itemsTakeTheStandardParametersTheQueryablesAndATextSearchButRefuseAnyOther() {
        OgcFixture market = new OgcFixture(client, 2, 0);
        WebTestClient planner = market.api.as(market.plannerToken);
        planner.get().uri("/ogc/collections/supplies/items?f=json&limit=5&material=CLAY&companyId={c}&q={q}",
                        market.company, "leire")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.features.length()").isEqualTo(2);
        planner.get().uri("/ogc/collections/supplies/items?companyId={c}&q={q}", market.company, "leire sand")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.features.length()").isEqualTo(0);
        planner.get().uri("/ogc/collections/supplies/items?type=DISPOSAL").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("type")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("unknown query parameter 'type'").contains("bbox-crs", "material", "q"));
        planner.get().uri("/ogc/collections/supplies/items/{id}?f=json&limit=3", market.supplies.get(0)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
        client.get().uri("/ogc/conformance?service=WFS").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("service");
    }

    @Test
    void refusesAnUnknownCrsAndAnUnknownCollection() {
        OgcFixture market = new OgcFixture(client, 0, 0);
        WebTestClient planner = market.api.as(market.plannerToken);
        planner.get().uri("/ogc/collections/supplies/items?crs=EPSG:3857").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("crs");
        planner.get().uri("/ogc/collections/roads").exchange().expectStatus().isNotFound();
        planner.get().uri("/ogc/collections/flows-" + UUID.randomUUID() + "/items").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aSolvedScenarioIsACollectionOfFlowsForPlannersOnly() {
        OgcFixture market = new OgcFixture(client, 1, 1);
        UUID scenario = market.solvedScenario();
        String collection = "flows-" + scenario;
        market.api.as(market.plannerToken).get().uri("/ogc/collections").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.collections[?(@.id == '" + collection + "')].crs").exists();
        market.api.as(market.plannerToken).get().uri("/ogc/collections/{c}/items?crs=" + UTM32, collection)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.features[0].geometry.type").isEqualTo("LineString")
                .jsonPath("$.features[0].properties.kind").isEqualTo("MATCH")
                .jsonPath("$.features[0].properties.materialName").isEqualTo("Leire")
                .jsonPath("$.features[0].geometry.coordinates[0][0]").value(easting -> assertThat((Double) easting)
                        .isCloseTo(Crs.EPSG_25832.fromLonLat(market.lon, market.lat)[0], within(0.01)));
        market.api.as(market.memberToken).get().uri("/ogc/collections/{c}/items", collection).exchange()
                .expectStatus().isNotFound();
    }
}
