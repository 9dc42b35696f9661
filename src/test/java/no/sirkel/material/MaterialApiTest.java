package no.sirkel.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class MaterialApiTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient client;

    @Test
    void anyoneReadsTheCatalogueWithoutAToken() {
        List<Map<String, Object>> materials = client.get().uri("/api/v1/materials").exchange()
                .expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody();
        Map<String, Object> clay = materials.stream().filter(m -> m.get("code").equals("CLAY")).findFirst().orElseThrow();
        assertThat(clay).containsEntry("nameEn", "Clay").containsEntry("nameNo", "Leire")
                .containsEntry("category", "EXCAVATED_MASS").containsEntry("ewcCode", "17 05 04")
                .containsEntry("looseDensityTonnesPerM3", 1.5).containsEntry("swellFactor", 1.35)
                .containsEntry("contaminationClassApplies", true);
    }

    @Test
    void filtersByCategory() {
        List<Map<String, Object>> byProducts = client.get().uri("/api/v1/materials?category=INDUSTRIAL_BY_PRODUCT")
                .exchange().expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody();
        assertThat(byProducts).extracting(m -> m.get("code")).contains("SLAG", "MICROSILICA", "FILTER_DUST")
                .doesNotContain("CLAY");
        assertThat(byProducts).extracting(m -> m.get("category")).containsOnly("INDUSTRIAL_BY_PRODUCT");
    }

    @Test
    void refusesAnUnknownCategoryFilter() {
        client.get().uri("/api/v1/materials?category=CHEESE").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("category");
    }

    @Test
    void readsOneMaterialByCode() {
        client.get().uri("/api/v1/materials/SLAG").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.code").isEqualTo("SLAG").jsonPath("$.ewcCode").isEqualTo("10 08 09");
    }

    @Test
    void unknownMaterialIsANotFoundProblem() {
        client.get().uri("/api/v1/materials/UNOBTAINIUM").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void adminExtendsTheCatalogueAndEveryoneSeesItAtOnce() {
        String code = freshCode();
        Map<String, Object> request = validRequest(code);
        request.put("ewcCode", "170506");
        new TestApi(client).asAdmin().post().uri("/api/v1/materials").bodyValue(request).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/v1/materials/" + code)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.ewcCode").isEqualTo("17 05 06")
                .jsonPath("$.swellFactor").isEqualTo(1.2);
        client.get().uri("/api/v1/materials/" + code).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.nameNo").isEqualTo("Kvikkleire").jsonPath("$.looseDensityTonnesPerM3")
                .isEqualTo(1.7);
        assertThat(codes(client.get().uri("/api/v1/materials?category=EXCAVATED_MASS"))).contains(code);
    }

    @Test
    void refusesADuplicateCode() {
        new TestApi(client).asAdmin().post().uri("/api/v1/materials").bodyValue(validRequest("CLAY")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.field").isEqualTo("code");
        client.get().uri("/api/v1/materials/CLAY").exchange()
                .expectBody().jsonPath("$.nameNo").isEqualTo("Leire");
    }

    @Test
    void addingNeedsAToken() {
        String code = freshCode();
        client.post().uri("/api/v1/materials").bodyValue(validRequest(code)).exchange()
                .expectStatus().isUnauthorized();
        assertAbsent(code);
    }

    @Test
    void plannersAndMembersMayNotExtendTheCatalogue() {
        TestApi api = new TestApi(client);
        String code = freshCode();
        api.as(api.plannerToken()).post().uri("/api/v1/materials").bodyValue(validRequest(code)).exchange()
                .expectStatus().isForbidden();
        String member = api.memberToken(api.createCompany("Catalogue Meddler AS"));
        api.as(member).post().uri("/api/v1/materials").bodyValue(validRequest(code)).exchange()
                .expectStatus().isForbidden();
        assertAbsent(code);
    }

    @Test
    void namesEveryInvalidField() {
        Map<String, Object> request = new HashMap<>();
        request.put("code", "lower-case");
        request.put("nameEn", " ");
        request.put("category", "CHEESE");
        request.put("ewcCode", "17 05");
        request.put("looseDensityTonnesPerM3", 0);
        request.put("swellFactor", 0.9);
        new TestApi(client).asAdmin().post().uri("/api/v1/materials").bodyValue(request).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.field").isEqualTo("code")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).containsExactly(
                        "code", "nameEn", "nameNo", "category", "ewcCode", "looseDensityTonnesPerM3", "swellFactor",
                        "contaminationClassApplies"));
    }

    @Test
    void refusesAnEwcCodeNotInTheList() {
        String code = freshCode();
        Map<String, Object> request = validRequest(code);
        request.put("ewcCode", "17 05 99");
        new TestApi(client).asAdmin().post().uri("/api/v1/materials").bodyValue(request).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.field").isEqualTo("ewcCode");
        assertAbsent(code);
    }

    private void assertAbsent(String code) {
        client.get().uri("/api/v1/materials/" + code).exchange().expectStatus().isNotFound();
    }

    private List<Object> codes(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody().stream()
                .map(m -> m.get("code")).toList();
    }

    private static String freshCode() {
        return "TEST_QUICK_CLAY_" + System.nanoTime() % 1_000_000 + "_" + NEXT.incrementAndGet();
    }

    private static Map<String, Object> validRequest(String code) {
        Map<String, Object> request = new HashMap<>();
        request.put("code", code);
        request.put("nameEn", "Quick clay");
        request.put("nameNo", "Kvikkleire");
        request.put("category", "EXCAVATED_MASS");
        request.put("ewcCode", "17 05 04");
        request.put("looseDensityTonnesPerM3", 1.7);
        request.put("swellFactor", 1.2);
        request.put("contaminationClassApplies", true);
        return request;
    }
}
