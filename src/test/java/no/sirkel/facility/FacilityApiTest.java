package no.sirkel.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class FacilityApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient client;

    @Test
    void plannerRegistersALandfillAndAnyRoleReadsItBack() {
        TestApi api = new TestApi(client);
        Area area = new Area();
        Map<String, Object> request = landfill(area);
        request.put("accepts", List.of("CLAY", "SILT"));
        var created = api.as(api.plannerToken()).post().uri("/api/v1/facilities").bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/facilities/[0-9a-f-]{36}")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(JSON).returnResult();
        Map<String, Object> body = created.getResponseBody();
        assertThat(body).containsEntry("type", "DISPOSAL").containsEntry("name", "Deponi test")
                .containsEntry("municipality", "Orkland").containsEntry("accepts", List.of("CLAY", "SILT"))
                .containsEntry("maxContaminationClass", 4).containsEntry("gateFeePerTonne", 340.0)
                .containsEntry("active", true).containsEntry("version", 0)
                .containsEntry("location", Map.of("type", "Point", "coordinates", List.of(area.lon, area.lat)));
        String location = created.getResponseHeaders().getLocation().toString();
        assertThat(location).endsWith((String) body.get("id"));

        String member = api.memberToken(api.createCompany("Facility Reader AS"));
        api.as(member).get().uri(location).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody(JSON).isEqualTo(body);
        api.as(member).get().uri(location).header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange()
                .expectStatus().isNotModified();
    }

    @Test
    void registersAVirginSourceAndAStorageHub() {
        TestApi api = new TestApi(client);
        Area area = new Area();
        api.asAdmin().post().uri("/api/v1/facilities").bodyValue(quarry(area)).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.type").isEqualTo("VIRGIN_SOURCE")
                .jsonPath("$.materials").isEqualTo(List.of("CRUSHED_ROCK", "SAND"))
                .jsonPath("$.pricePerTonne").isEqualTo(150.5)
                .jsonPath("$.accepts").doesNotExist();
        api.asAdmin().post().uri("/api/v1/facilities").bodyValue(hub(area)).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.type").isEqualTo("STORAGE_HUB")
                .jsonPath("$.handlingFeePerTonne").isEqualTo(45.0)
                .jsonPath("$.capacityTonnes").isEqualTo(50000.0);
    }

    @Test
    void namesUnknownMaterialCodesByTheirIndex() {
        Map<String, Object> request = landfill(new Area());
        request.put("accepts", List.of("CLAY", "UNOBTAINIUM", "CLAY"));
        assertRefused(request, "accepts[1]", "accepts[2]");
    }

    @Test
    void refusesCoordinatesOutOfRange() {
        Map<String, Object> request = landfill(new Area());
        request.put("location", Map.of("type", "Point", "coordinates", List.of(10.4, 123.0)));
        assertRefused(request, "location.coordinates");
    }

    @Test
    void refusesAMissingLocationAndOtherGeometries() {
        Map<String, Object> request = landfill(new Area());
        request.remove("location");
        assertRefused(request, "location");
        request.put("location", Map.of("type", "Polygon", "coordinates", List.of(10.4, 63.0)));
        assertRefused(request, "location.type");
    }

    @Test
    void refusesFieldsThatBelongToAnotherType() {
        Map<String, Object> disposal = landfill(new Area());
        disposal.put("materials", List.of("SAND"));
        disposal.put("pricePerTonne", 100);
        disposal.put("stock", List.of(Map.of("material", "CLAY", "tonnes", 10)));
        assertRefused(disposal, "materials", "pricePerTonne", "stock");

        Map<String, Object> quarry = quarry(new Area());
        quarry.put("accepts", List.of("SAND"));
        quarry.put("gateFeePerTonne", 100);
        quarry.put("maxContaminationClass", 1);
        assertRefused(quarry, "accepts", "maxContaminationClass", "gateFeePerTonne");

        Map<String, Object> hub = hub(new Area());
        hub.put("gateFeePerTonne", 100);
        assertRefused(hub, "gateFeePerTonne");

        Map<String, Object> operatedQuarry = quarry(new Area());
        operatedQuarry.put("operatingCompany", UUID.randomUUID());
        operatedQuarry.put("processes", List.of(Map.of("from", "BLASTED_ROCK", "to", "CRUSHED_ROCK",
                "feePerTonne", 20)));
        assertRefused(operatedQuarry, "processes", "operatingCompany");
    }

    @Test
    void storesAHubsProcessesStockAndALandfillsYearlyCapacity() {
        TestApi api = new TestApi(client);
        Map<String, Object> hub = hub(new Area());
        hub.put("processes", List.of(Map.of("from", "BLASTED_ROCK", "to", "CRUSHED_ROCK", "feePerTonne", 35)));
        hub.put("stock", List.of(Map.of("material", "CRUSHED_ROCK", "contaminationClass", 1, "tonnes", 1200),
                Map.of("material", "SAND", "tonnes", 300)));
        Map<String, Object> created = create(api, hub);
        assertThat(created.get("processes")).isEqualTo(List.of(Map.of("from", "BLASTED_ROCK", "to", "CRUSHED_ROCK",
                "feePerTonne", 35)));
        assertThat((List<?>) created.get("stock")).hasSize(2);
        assertThat(created.get("operatingCompany")).isNull();

        Map<String, Object> landfill = landfill(new Area());
        landfill.put("capacityTonnes", 80000);
        assertThat(create(api, landfill)).containsEntry("capacityTonnes", 80000.0);
    }

    @Test
    void refusesHubsThatBreakTheOptimizersRulesNamingEachField() {
        Map<String, Object> hub = hub(new Area());
        hub.remove("capacityTonnes");
        assertRefused(hub, "capacityTonnes");

        Map<String, Object> broken = hub(new Area());
        broken.put("capacityTonnes", 1000);
        List<Map<String, Object>> processes = new java.util.ArrayList<>();
        processes.add(Map.of("from", "BLASTED_ROCK", "to", "BLASTED_ROCK", "feePerTonne", 10));
        processes.add(Map.of("from", "BLASTED_ROCK", "to", "CRUSHED_ROCK"));
        broken.put("processes", processes);
        broken.put("stock", List.of(Map.of("material", "SAND", "contaminationClass", 6, "tonnes", 900),
                Map.of("material", "NOT_A_MATERIAL", "tonnes", 0)));
        assertRefused(broken, "processes[0].to", "processes[1].from", "processes[1].feePerTonne",
                "stock[0].contaminationClass", "stock[1].material", "stock[1].tonnes");

        Map<String, Object> overfull = hub(new Area());
        overfull.put("capacityTonnes", 1000);
        overfull.put("stock", List.of(Map.of("material", "SAND", "tonnes", 800),
                Map.of("material", "GRAVEL", "tonnes", 800)));
        assertRefused(overfull, "stock");

        Map<String, Object> unknownOperator = hub(new Area());
        unknownOperator.put("operatingCompany", UUID.randomUUID());
        assertRefused(unknownOperator, "operatingCompany");
    }

    @Test
    void aCompanysHubIsThatCompanysToEditAndNotThePlannersOrAnotherCompanys() {
        TestApi api = new TestApi(client);
        UUID operator = api.createCompany("Mellomlager Drift AS");
        String operatorToken = api.memberToken(operator);
        String otherToken = api.memberToken(api.createCompany("Nabo Entreprenør AS"));
        Map<String, Object> hub = hub(new Area());
        hub.put("operatingCompany", operator);

        api.as(otherToken).post().uri("/api/v1/facilities").bodyValue(hub).exchange().expectStatus().isForbidden();
        Map<String, Object> created = api.as(operatorToken).post().uri("/api/v1/facilities").bodyValue(hub)
                .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
        assertThat(created).containsEntry("operatingCompany", operator.toString());
        String uri = "/api/v1/facilities/" + created.get("id");

        Map<String, Object> change = new HashMap<>(hub);
        change.put("handlingFeePerTonne", 60);
        api.as(api.plannerToken()).put().uri(uri).bodyValue(change).exchange().expectStatus().isForbidden();
        api.as(otherToken).put().uri(uri).bodyValue(change).exchange().expectStatus().isForbidden();
        api.as(otherToken).delete().uri(uri).exchange().expectStatus().isForbidden();
        api.as(operatorToken).put().uri(uri).bodyValue(change).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.handlingFeePerTonne").isEqualTo(60.0);

        Map<String, Object> regionHub = hub(new Area());
        Map<String, Object> regions = create(api, regionHub);
        api.as(operatorToken).put().uri("/api/v1/facilities/" + regions.get("id")).bodyValue(change).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void requiresTheFeeOrPriceOfTheType() {
        Map<String, Object> disposal = landfill(new Area());
        disposal.remove("gateFeePerTonne");
        assertRefused(disposal, "gateFeePerTonne");
        Map<String, Object> quarry = quarry(new Area());
        quarry.remove("pricePerTonne");
        quarry.remove("materials");
        assertRefused(quarry, "materials", "pricePerTonne");
        quarry.put("materials", List.of());
        quarry.put("pricePerTonne", 150);
        assertRefused(quarry, "materials");
    }

    @Test
    void refusesNegativeFeesAClassOutsideOneToFiveAndAnUnknownType() {
        Map<String, Object> request = landfill(new Area());
        request.put("gateFeePerTonne", -1);
        request.put("maxContaminationClass", 6);
        assertRefused(request, "maxContaminationClass", "gateFeePerTonne");
        Map<String, Object> hub = hub(new Area());
        hub.put("handlingFeePerTonne", -0.5);
        hub.put("capacityTonnes", 0);
        hub.put("maxContaminationClass", 0);
        assertRefused(hub, "maxContaminationClass", "handlingFeePerTonne", "capacityTonnes");
        Map<String, Object> unknown = landfill(new Area());
        unknown.put("type", "VOLCANO");
        unknown.put("name", "");
        assertRefused(unknown, "type", "name");
    }

    @Test
    void malformedBodyIsABadRequestNamingTheField() {
        new TestApi(client).asAdmin().post().uri("/api/v1/facilities").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"type\": \"DISPOSAL\", \"maxContaminationClass\": \"high\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("maxContaminationClass");
    }

    @Test
    void membersMayNotWriteFacilitiesAndNothingChanges() {
        TestApi api = new TestApi(client);
        Area area = new Area();
        Map<String, Object> existing = create(api, landfill(area));
        String member = api.memberToken(api.createCompany("Facility Meddler AS"));
        WebTestClient asMember = api.as(member);

        asMember.post().uri("/api/v1/facilities").bodyValue(landfill(area)).exchange().expectStatus().isForbidden();
        Map<String, Object> change = landfill(area);
        change.put("gateFeePerTonne", 1);
        asMember.put().uri("/api/v1/facilities/" + existing.get("id")).bodyValue(change).exchange()
                .expectStatus().isForbidden();
        asMember.delete().uri("/api/v1/facilities/" + existing.get("id")).exchange().expectStatus().isForbidden();

        assertThat(ids(api.asAdmin(), "/api/v1/facilities?bbox=" + area.bbox())).containsExactly(existing.get("id"));
        api.asAdmin().get().uri("/api/v1/facilities/" + existing.get("id")).exchange()
                .expectBody(JSON).isEqualTo(existing);
    }

    @Test
    void readingNeedsATokenAndUnknownIdsAreNotFound() {
        client.get().uri("/api/v1/facilities").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/v1/facilities").bodyValue(landfill(new Area())).exchange()
                .expectStatus().isUnauthorized();
        new TestApi(client).asAdmin().get().uri("/api/v1/facilities/" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void filtersByTypeMaterialAndBoundingBox() {
        TestApi api = new TestApi(client);
        Area area = new Area();
        Map<String, Object> clayOnly = landfill(area);
        clayOnly.put("accepts", List.of("CLAY"));
        Object clayLandfill = create(api, clayOnly).get("id");
        Object anyLandfill = create(api, landfill(area)).get("id");
        Object quarry = create(api, quarry(area)).get("id");
        Object hub = create(api, hub(area)).get("id");
        Object elsewhere = create(api, landfill(new Area())).get("id");
        WebTestClient admin = api.asAdmin();
        String inArea = "/api/v1/facilities?bbox=" + area.bbox();

        assertThat(ids(admin, inArea)).hasSize(4).doesNotContain(elsewhere);
        assertThat(ids(admin, inArea + "&type=DISPOSAL")).containsExactlyInAnyOrder(clayLandfill, anyLandfill);
        assertThat(ids(admin, inArea + "&material=SILT")).containsExactlyInAnyOrder(anyLandfill, hub);
        assertThat(ids(admin, inArea + "&material=CLAY")).containsExactlyInAnyOrder(clayLandfill, anyLandfill, hub);
        assertThat(ids(admin, inArea + "&material=SAND&type=VIRGIN_SOURCE")).containsExactly(quarry);
    }

    @Test
    void refusesBadFilters() {
        WebTestClient admin = new TestApi(client).asAdmin();
        for (String[] bad : List.of(new String[] {"bbox=10,63,11", "bbox"}, new String[] {"type=VOLCANO", "type"},
                new String[] {"material=UNOBTAINIUM", "material"}, new String[] {"limit=0", "limit"},
                new String[] {"limit=1001", "limit"}, new String[] {"cursor=xyz", "cursor"})) {
            admin.get().uri("/api/v1/facilities?" + bad[0]).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.field").isEqualTo(bad[1]);
        }
    }

    @Test
    void pagesThroughFacilitiesWithAnOpaqueCursor() {
        TestApi api = new TestApi(client);
        Area area = new Area();
        List<Object> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create(api, landfill(area)).get("id"));
        }
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String uri = "/api/v1/facilities?limit=2&bbox=" + area.bbox() + (cursor == null ? "" : "&cursor=" + cursor);
            Map<String, Object> page = api.asAdmin().get().uri(uri).exchange().expectStatus().isOk()
                    .expectBody(JSON).returnResult().getResponseBody();
            List<?> items = (List<?>) page.get("items");
            assertThat(items.size()).isLessThanOrEqualTo(2);
            items.forEach(item -> seen.add(((Map<?, ?>) item).get("id")));
            cursor = (String) page.get("next");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void givesAGeoJsonFeatureCollectionWhenAskedFor() {
        TestApi api = new TestApi(client);
        Area area = new Area();
        Object id = create(api, landfill(area)).get("id");
        api.asAdmin().get().uri("/api/v1/facilities?bbox=" + area.bbox())
                .accept(FeatureCollectionMedia.GEO_JSON).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(FeatureCollectionMedia.GEO_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("FeatureCollection")
                .jsonPath("$.features.length()").isEqualTo(1)
                .jsonPath("$.features[0].type").isEqualTo("Feature")
                .jsonPath("$.features[0].id").isEqualTo(id)
                .jsonPath("$.features[0].geometry.type").isEqualTo("Point")
                .jsonPath("$.features[0].geometry.coordinates").isEqualTo(List.of(area.lon, area.lat))
                .jsonPath("$.features[0].properties.type").isEqualTo("DISPOSAL")
                .jsonPath("$.features[0].properties.gateFeePerTonne").isEqualTo(340.0);
        api.asAdmin().get().uri("/api/v1/facilities?bbox=" + area.bbox())
                .header(HttpHeaders.ACCEPT, "application/geo+json;q=0.5, application/json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.items[0].id").isEqualTo(id);
    }

    @Test
    void replacesWithIfMatchAndRefusesAStaleVersion() {
        TestApi api = new TestApi(client);
        String planner = api.plannerToken();
        Map<String, Object> facility = create(api, landfill(new Area()));
        String uri = "/api/v1/facilities/" + facility.get("id");
        Map<String, Object> change = landfill(new Area());
        change.put("gateFeePerTonne", 410);
        change.put("name", "Deponi renamed");

        api.as(planner).put().uri(uri).header(HttpHeaders.IF_MATCH, "\"0\"").bodyValue(change).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.version").isEqualTo(1).jsonPath("$.gateFeePerTonne").isEqualTo(410.0);

        change.put("gateFeePerTonne", 999);
        api.as(planner).put().uri(uri).header(HttpHeaders.IF_MATCH, "\"0\"").bodyValue(change).exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.as(planner).get().uri(uri).exchange()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.gateFeePerTonne").isEqualTo(410.0).jsonPath("$.name")
                .isEqualTo("Deponi renamed");
    }

    @Test
    void invalidReplacementChangesNothing() {
        TestApi api = new TestApi(client);
        Map<String, Object> facility = create(api, landfill(new Area()));
        String uri = "/api/v1/facilities/" + facility.get("id");
        Map<String, Object> change = landfill(new Area());
        change.put("accepts", List.of("UNOBTAINIUM"));
        api.asAdmin().put().uri(uri).bodyValue(change).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("accepts[0]");
        api.asAdmin().get().uri(uri).exchange().expectBody(JSON).isEqualTo(facility);
        api.asAdmin().put().uri("/api/v1/facilities/" + UUID.randomUUID()).bodyValue(landfill(new Area())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void deleteMarksTheFacilityInactiveAndDropsItFromLists() {
        TestApi api = new TestApi(client);
        Area area = new Area();
        Map<String, Object> facility = create(api, landfill(area));
        String uri = "/api/v1/facilities/" + facility.get("id");
        api.as(api.plannerToken()).delete().uri(uri).header(HttpHeaders.IF_MATCH, "\"7\"").exchange()
                .expectStatus().isEqualTo(412);
        api.asAdmin().delete().uri(uri).header(HttpHeaders.IF_MATCH, "\"0\"").exchange()
                .expectStatus().isNoContent();
        api.asAdmin().get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.version").isEqualTo(1);
        assertThat(ids(api.asAdmin(), "/api/v1/facilities?bbox=" + area.bbox())).isEmpty();
        api.asAdmin().delete().uri("/api/v1/facilities/" + UUID.randomUUID()).exchange().expectStatus().isNotFound();
    }

    private void assertRefused(Map<String, Object> request, String... fields) {
        TestApi api = new TestApi(client);
        api.asAdmin().post().uri("/api/v1/facilities").bodyValue(request).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field").isEqualTo(fields[0])
                .jsonPath("$.errors[*].field").value(found -> assertThat((List<Object>) found).containsExactly(
                        (Object[]) fields));
        Object location = request.get("location");
        if (location instanceof Map<?, ?> point && point.get("coordinates") instanceof List<?> coordinates
                && coordinates.size() == 2) {
            double lon = ((Number) coordinates.get(0)).doubleValue();
            double lat = ((Number) coordinates.get(1)).doubleValue();
            if (Math.abs(lat) <= 90) {
                assertThat(ids(api.asAdmin(), "/api/v1/facilities?bbox=" + new Area(lon, lat).bbox())).isEmpty();
            }
        }
    }

    private static Map<String, Object> create(TestApi api, Map<String, Object> request) {
        return api.asAdmin().post().uri("/api/v1/facilities").bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private static List<Object> ids(WebTestClient as, String uri) {
        Map<String, Object> page = as.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).stream().<Object>map(item -> ((Map<?, ?>) item).get("id")).toList();
    }

    private static Map<String, Object> landfill(Area area) {
        Map<String, Object> request = new HashMap<>();
        request.put("type", "DISPOSAL");
        request.put("name", "Deponi test");
        request.put("location", area.point());
        request.put("municipality", "Orkland");
        request.put("maxContaminationClass", 4);
        request.put("gateFeePerTonne", 340);
        return request;
    }

    private static Map<String, Object> quarry(Area area) {
        Map<String, Object> request = new HashMap<>();
        request.put("type", "VIRGIN_SOURCE");
        request.put("name", "Pukkverk test");
        request.put("location", area.point());
        request.put("materials", List.of("CRUSHED_ROCK", "SAND"));
        request.put("pricePerTonne", 150.5);
        return request;
    }

    private static Map<String, Object> hub(Area area) {
        Map<String, Object> request = new HashMap<>();
        request.put("type", "STORAGE_HUB");
        request.put("name", "Mellomlager test");
        request.put("location", area.point());
        request.put("maxContaminationClass", 2);
        request.put("handlingFeePerTonne", 45);
        request.put("capacityTonnes", 50000);
        return request;
    }

    /** A small patch of the globe of this test's own, since tests share one database. */
    private static final class Area {
        final double lon;
        final double lat;

        Area() {
            this(Math.round(ThreadLocalRandom.current().nextDouble(-170, 170) * 1e4) / 1e4,
                    Math.round(ThreadLocalRandom.current().nextDouble(-80, 80) * 1e4) / 1e4);
        }

        Area(double lon, double lat) {
            this.lon = lon;
            this.lat = lat;
        }

        Map<String, Object> point() {
            return Map.of("type", "Point", "coordinates", List.of(lon, lat));
        }

        String bbox() {
            return (lon - 0.001) + "," + (lat - 0.001) + "," + (lon + 0.001) + "," + (lat + 0.001);
        }
    }

    private static final class FeatureCollectionMedia {
        static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    }
}
