package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class ListingsTest {

    @Autowired
    WebTestClient client;

    @Autowired
    Listings listings;

    @Test
    void marksAnActiveSupplyMatchedOnceAndItsOwnerCanThenOnlyCloseIt() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Avtale AS");
        UUID supply = api.createSupply(api.createSite(company, "Kilde", 10.4, 63.4), "SAND", 1, 100);

        Supply matched = listings.markSupplyMatched(supply).block();
        assertThat(matched.status()).isEqualTo(ListingStatus.MATCHED);
        assertThat(matched.version()).isEqualTo(1);
        assertThat(listings.markSupplyMatched(supply).blockOptional()).isEmpty();
        assertThat(listings.findSupply(supply).block().version()).isEqualTo(1);

        String member = api.memberToken(company);
        api.as(member).patch().uri("/api/v1/supplies/" + supply).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "endret")).exchange().expectStatus().isEqualTo(409);
        api.as(member).delete().uri("/api/v1/supplies/" + supply).exchange().expectStatus().isNoContent();
        assertThat(listings.findSupply(supply).block().status()).isEqualTo(ListingStatus.CLOSED);
    }

    @Test
    void marksAnActiveDemandMatchedButNotADraft() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Mottak AS");
        UUID site = api.createSite(company, "Mottak", 10.4, 63.4);
        UUID demand = api.createDemand(site, List.of("CLAY"), null, 100);
        String draft = (String) api.asAdmin().post().uri("/api/v1/demands")
                .bodyValue(Map.of("siteId", site.toString(), "accepts", List.of("CLAY"), "status", "DRAFT",
                        "quantity", Map.of("amount", 5, "unit", "t"), "kind", "ONE_OFF"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("id");

        assertThat(listings.markDemandMatched(demand).block().status()).isEqualTo(ListingStatus.MATCHED);
        assertThat(listings.markDemandMatched(UUID.fromString(draft)).blockOptional()).isEmpty();
        assertThat(listings.findDemand(UUID.fromString(draft)).block().status()).isEqualTo(ListingStatus.DRAFT);
        assertThat(listings.findDemand(UUID.randomUUID()).blockOptional()).isEmpty();
    }
}
