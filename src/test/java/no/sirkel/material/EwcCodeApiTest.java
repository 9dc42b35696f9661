package no.sirkel.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class EwcCodeApiTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    @Autowired
    WebTestClient client;

    @Test
    void needsAToken() {
        client.get().uri("/api/v1/ewc-codes?q=17").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void findsCodesByPrefixWrittenEitherWay() {
        assertThat(codes("/api/v1/ewc-codes?q=17 05")).contains("17 05 03", "17 05 04", "17 05 06", "17 05 08")
                .allMatch(code -> code.startsWith("17 05 "));
        assertThat(codes("/api/v1/ewc-codes?q=1705")).isEqualTo(codes("/api/v1/ewc-codes?q=17 05"));
        assertThat(codes("/api/v1/ewc-codes?q=170504")).containsExactly("17 05 04");
    }

    @Test
    void findsCodesByEveryWordOfTheDescription() {
        List<Map<String, Object>> found = search("/api/v1/ewc-codes?q=soil stones");
        assertThat(found).extracting(code -> code.get("code")).contains("17 05 03", "17 05 04");
        assertThat(found).allSatisfy(code -> assertThat(((String) code.get("description")
                + code.get("subChapter") + code.get("chapter")).toLowerCase()).contains("soil", "stones"));
        Map<String, Object> soil = found.stream().filter(code -> code.get("code").equals("17 05 04")).findFirst()
                .orElseThrow();
        assertThat(soil).containsEntry("hazardous", false).containsKeys("entryType", "chapter", "subChapter");
    }

    @Test
    void filtersByHazard() {
        List<Map<String, Object>> hazardous = search("/api/v1/ewc-codes?q=17 05&hazardous=true");
        assertThat(hazardous).extracting(code -> code.get("code")).contains("17 05 03").doesNotContain("17 05 04");
        assertThat(hazardous).extracting(code -> code.get("hazardous")).containsOnly(true);
    }

    @Test
    void listsTheWholeListWithoutAQuery() {
        assertThat(codes("/api/v1/ewc-codes")).hasSize(842);
    }

    @Test
    void treatsLikeWildcardsAsPlainText() {
        assertThat(codes("/api/v1/ewc-codes?q=%25")).isEmpty();
    }

    private List<String> codes(String uri) {
        return search(uri).stream().map(code -> (String) code.get("code")).toList();
    }

    private List<Map<String, Object>> search(String uri) {
        TestApi api = new TestApi(client);
        return api.as(api.plannerToken()).get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody();
    }
}
