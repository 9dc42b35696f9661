package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class UnknownQueryParametersTest {

    @Autowired
    WebTestClient client;

    @Test
    void anOperationWithNamedParametersRefusesAMisspeltOneListingTheParametersItTakes() {
        new TestApi(client).asAdmin().get().uri("/api/v1/sites?companyid=x&limit=5").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("unknown query parameter 'companyid'; this operation takes companyId, "
                        + "bbox, cursor, limit, crs")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("companyid")
                .jsonPath("$.errors[0].message").isEqualTo("is not a query parameter of this operation");
        new TestApi(client).asAdmin().get().uri("/api/v1/sites?companyId=" + java.util.UUID.randomUUID()
                        + "&limit=5").exchange()
                .expectStatus().isOk();
    }

    @Test
    void anOperationWithoutQueryParametersRefusesEveryOneNamingEach() {
        new TestApi(client).asAdmin().get().uri("/api/v1/materials/CLAY?lang=nb&format=json").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.detail").isEqualTo("unknown query parameters 'lang', 'format'; this operation takes none")
                .jsonPath("$.errors[0].field").isEqualTo("lang")
                .jsonPath("$.errors[1].field").isEqualTo("format");
    }

    @Test
    void anOperationTakingTheListingFiltersAsAMapRefusesOneThatIsNotAFilter() {
        new TestApi(client).asAdmin().get().uri("/api/v1/exports/supplies?material=CLAY&colour=blue").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("colour");
    }

    @Test
    void readsTheNamesAHandlerTakesFromItsParametersAndTheComponentsOfItsQueryObjects() throws Exception {
        Method search = Handlers.class.getDeclaredMethod("search", String.class, int.class, Filters.class,
                String.class);
        Method whole = Handlers.class.getDeclaredMethod("whole", Map.class);

        assertThat(UnknownQueryParameters.acceptedNames(new HandlerMethod(new Handlers(), search)))
                .contains(Set.of("q", "size", "material", "bbox-crs"));
        assertThat(UnknownQueryParameters.acceptedNames(new HandlerMethod(new Handlers(), whole))).isEmpty();
    }

    static class Handlers {

        void search(@RequestParam String q, @RequestParam(name = "size") int limit, @ModelAttribute Filters filters,
                    @RequestHeader("Accept") String accept) {
        }

        void whole(@RequestParam Map<String, String> parameters) {
        }
    }

    record Filters(String material, @BindParam("bbox-crs") String bboxCrs) {
    }
}
