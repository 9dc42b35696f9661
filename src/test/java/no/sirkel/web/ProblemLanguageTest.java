package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.DealFixture;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/** Refusals come in the language the caller asks for with Accept-Language: English by default, or Norwegian. */
@IntegrationTest
class ProblemLanguageTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @Test
    void aValidationRefusalNamesTheFieldInEitherLanguage() {
        UUID company = new TestApi(client).createCompany("Språk AS");
        Map<String, Object> nameless = Map.of("companyId", company.toString(),
                "location", Map.of("type", "Point", "coordinates", java.util.List.of(10.4, 63.4)));
        refusal(new TestApi(client).asAdmin().post().uri("/api/v1/sites").bodyValue(nameless), "nb", 422)
                .jsonPath("$.title").isEqualTo("Ugyldige opplysninger")
                .jsonPath("$.detail").isEqualTo("name må fylles ut")
                .jsonPath("$.errors[0].field").isEqualTo("name")
                .jsonPath("$.errors[0].message").isEqualTo("må fylles ut");
        refusal(new TestApi(client).asAdmin().post().uri("/api/v1/sites").bodyValue(nameless), "en", 422)
                .jsonPath("$.title").isEqualTo("Invalid request")
                .jsonPath("$.detail").isEqualTo("name is required")
                .jsonPath("$.errors[0].message").isEqualTo("is required");
    }

    @Test
    void aPositionOfOneNumberIsRefusedNamingTheAxesInNorwegian() {
        TestApi api = new TestApi(client);
        String member = api.memberToken(api.createCompany("Akse AS"));
        refusal(api.as(member).post().uri("/api/v1/sites").bodyValue(Map.of("name", "Halv posisjon",
                "location", Map.of("type", "Point", "coordinates", java.util.List.of(10.3933)))), "nb", 422)
                .jsonPath("$.errors[0].field").isEqualTo("location.coordinates")
                .jsonPath("$.errors[0].message").isEqualTo("må være to tall: [lengdegrad, breddegrad] i grader");
    }

    @Test
    void aMissingTokenIsRefusedInNorwegianAndByDefaultInEnglish() {
        refusal(client.get().uri("/api/v1/sites"), "nn", 401)
                .jsonPath("$.title").isEqualTo("Ikke innlogget")
                .jsonPath("$.detail").isEqualTo("dette kallet krever en Authorization: Bearer <token>-header");
        refusal(client.get().uri("/api/v1/sites"), null, 401)
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.detail").isEqualTo("this call needs an Authorization: Bearer <token> header");
    }

    @Test
    void aRoleRefusalSaysWhichRoleIsNeeded() {
        TestApi api = new TestApi(client);
        String member = api.memberToken(api.createCompany("Rolle AS"));
        refusal(api.as(member).post().uri("/api/v1/tokens").bodyValue(Map.of("role", "PLANNER", "label", "x")),
                "nb", 403)
                .jsonPath("$.title").isEqualTo("Ikke tillatt")
                .jsonPath("$.detail").isEqualTo("dette kallet krever rollen [ADMIN]; nøkkelen har MEMBER");
    }

    @Test
    void aMissingResourceIsNamedInTheCallersLanguage() {
        UUID id = UUID.randomUUID();
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/sites/{id}", id), "nb", 404)
                .jsonPath("$.title").isEqualTo("Finnes ikke")
                .jsonPath("$.detail").isEqualTo("tomta " + id + " finnes ikke");
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/sites/{id}", id), "en", 404)
                .jsonPath("$.detail").isEqualTo("site " + id + " does not exist");
    }

    @Test
    void aBadQueryParameterAndAnUnknownPathAreRefusedInNorwegian() {
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/sites?limit=0"), "nb-NO", 400)
                .jsonPath("$.title").isEqualTo("Ugyldig forespørsel")
                .jsonPath("$.errors[0].field").isEqualTo("limit")
                .jsonPath("$.errors[0].message").isEqualTo("må være et heltall fra 1 til 1000");
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/no-such-thing"), "nb", 404)
                .jsonPath("$.title").isEqualTo("Finnes ikke")
                .jsonPath("$.detail").isEqualTo("det finnes ingenting på denne adressen");
    }

    @Test
    void anUnknownQueryParameterAndADateWindowBackwardsAreRefusedInNorwegian() {
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/supplies?materail=CLAY"), "nb", 400)
                .jsonPath("$.title").isEqualTo("Ugyldig forespørsel")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("ukjent spørreparameter 'materail'; denne operasjonen tar ").contains("material"))
                .jsonPath("$.errors[0].field").isEqualTo("materail")
                .jsonPath("$.errors[0].message").isEqualTo("er ikke en spørreparameter for denne operasjonen");
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/supplies?materail=CLAY&lang=nb"), "nb", 400)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("ukjente spørreparametere ")
                        .contains("'materail'", "'lang'", "; denne operasjonen tar "));
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/supplies?from=2027-03-01&to=2027-02-01"), "nb", 400)
                .jsonPath("$.detail").isEqualTo("to kan ikke være før from");
    }

    @Test
    void anOgcTimeIntervalAndAQuantityWithoutSwellFactorAreRefusedInNorwegian() {
        refusal(new TestApi(client).asAdmin().get()
                .uri("/ogc/collections/supplies/items?datetime=2027-05-01/2027-04-01"), "nb", 400)
                .jsonPath("$.errors[0].field").isEqualTo("datetime")
                .jsonPath("$.errors[0].message").isEqualTo("kan ikke slutte før det begynner");
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Svell AS");
        UUID site = api.createSite(company, "Tomt uten svellfaktor", 10.39, 63.43);
        Map<String, Object> supply = Map.of("siteId", site.toString(), "material", "SLAG",
                "quantity", Map.of("amount", 100, "unit", "m3_solid"));
        refusal(api.as(api.memberToken(company)).post().uri("/api/v1/supplies").bodyValue(supply), "nb", 422)
                .jsonPath("$.errors[?(@.field == 'quantity.unit')].message")
                .value(messages -> assertThat(messages).asInstanceOf(LIST).containsExactly("m3_solid kan ikke "
                        + "regnes om for SLAG, som ikke har svellfaktor: oppgi densityTonnesPerM3 eller en annen "
                        + "enhet"));
    }

    @Test
    void aComparisonOfOneScenarioIsRefusedInNorwegian() {
        refusal(new TestApi(client).asAdmin().get().uri("/api/v1/scenarios/compare?ids={id}", UUID.randomUUID()),
                "nb", 400)
                .jsonPath("$.errors[0].field").isEqualTo("ids")
                .jsonPath("$.errors[0].message").isEqualTo("må nevne 2 til 10 scenarioer");
    }

    @Test
    void decliningADealIsRefusedInNorwegianAndByDefaultInEnglish() {
        TestApi api = new TestApi(client);
        UUID supplierCompany = api.createCompany("Avslag AS");
        UUID deal = new DealFixture(api, db).deal(supplierCompany, api.createCompany("Mottak AS"), 50, 12,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
        String supplier = api.memberToken(supplierCompany);
        refusal(api.as(supplier).post().uri("/api/v1/proposals/{id}/decline", deal), "nb", 409)
                .jsonPath("$.title").isEqualTo("Konflikt")
                .jsonPath("$.detail").isEqualTo("forslaget er DEAL og kan ikke lenger avslås");
        refusal(api.as(supplier).post().uri("/api/v1/proposals/{id}/decline", deal), null, 409)
                .jsonPath("$.title").isEqualTo("Conflict")
                .jsonPath("$.detail").isEqualTo("the proposal is DEAL and can no longer be declined");
    }

    private static WebTestClient.BodyContentSpec refusal(WebTestClient.RequestHeadersSpec<?> request, String language,
                                                         int status) {
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return request.exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }
}
