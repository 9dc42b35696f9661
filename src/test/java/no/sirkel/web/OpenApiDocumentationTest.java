package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;

@IntegrationTest
class OpenApiDocumentationTest {

    /** Springdoc builds the description on first request, which takes a while on a busy machine. */
    private WebTestClient client;

    @Autowired
    void setClient(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Duration.ofMinutes(1)).build();
    }

    @Test
    void describesTheApiWithABearerSchemeAppliedEverywhere() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Sirkel API")
                .jsonPath("$.info.version").isEqualTo("v1")
                .jsonPath("$.paths['/api/v1/facilities'].post").exists()
                .jsonPath("$.paths['/api/v1/facilities/{id}'].put").exists()
                .jsonPath("$.paths['/api/v1/materials'].get").exists()
                .jsonPath("$.components.securitySchemes.bearer.type").isEqualTo("http")
                .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
                .jsonPath("$.security[0].bearer").exists();
    }

    @Test
    void leavesTheCallerOutOfTheParametersAndTheCatalogueOpen() {
        client.get().uri("/v3/api-docs").exchange()
                .expectBody()
                .jsonPath("$.paths['/api/v1/facilities'].get.parameters[*].name").value(names ->
                        assertThat((List<Object>) names).contains("type", "material", "bbox", "cursor", "limit")
                                .doesNotContain("caller", "tokenId", "role", "companyId"))
                .jsonPath("$.paths['/api/v1/facilities'].post.parameters[*].name").value(names ->
                        assertThat((List<Object>) names).containsExactlyInAnyOrder("Content-Crs", "crs"))
                .jsonPath("$.paths['/api/v1/materials'].get.security").isEmpty()
                .jsonPath("$.paths['/api/v1/materials'].post.security").doesNotExist()
                .jsonPath("$.paths['/api/v1/indicators'].get.security").isEmpty()
                .jsonPath("$.paths['/api/v1/indicators/targets/{indicator}/{year}'].put.security").doesNotExist();
    }

    @Test
    void servesSwaggerUi() {
        var result = client.get().uri("/swagger-ui.html").exchange().returnResult(String.class);
        if (result.getStatus().is3xxRedirection()) {
            String location = result.getResponseHeaders().getLocation().toString();
            assertThat(location).contains("swagger-ui");
            client.get().uri(location).exchange().expectStatus().isOk();
        } else {
            assertThat(result.getStatus().value()).isEqualTo(200);
        }
    }
}
