package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

@IntegrationTest
class ListingsTest {

    @Autowired
    WebTestClient client;

    @Autowired
    Listings listings;

    @Autowired
    TransactionalOperator transaction;

    @Test
    void reservingTheLastTonnesMarksAListingMatchedWithoutMovingItsVersionAndItsOwnerCanThenOnlyCloseIt() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Avtale AS");
        UUID site = api.createSite(company, "Kilde", 10.4, 63.4);
        UUID supply = api.createSupply(site, "SAND", 1, 100);
        UUID demand = api.createDemand(site, List.of("SAND"), null, 40);

        transaction.transactional(listings.lockForDeal(supply, demand)
                .flatMap(pair -> listings.reserve(pair.supply(), 40).then(listings.reserve(pair.demand(), 40))))
                .block();

        Map<UUID, ListingStock> now = stock(supply, demand);
        assertThat(now.get(supply).status()).isEqualTo(ListingStatus.ACTIVE);
        assertThat(now.get(supply).remaining()).isEqualTo(60);
        assertThat(now.get(demand).status()).isEqualTo(ListingStatus.MATCHED);
        assertThat(now.get(demand).version()).isZero();

        String member = api.memberToken(company);
        api.as(member).patch().uri("/api/v1/demands/" + demand).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "endret")).exchange().expectStatus().isEqualTo(409);
        api.as(member).delete().uri("/api/v1/demands/" + demand).exchange().expectStatus().isNoContent();
        assertThat(stock(supply, demand).get(demand).status()).isEqualTo(ListingStatus.CLOSED);
    }

    @Test
    void describesListingsOfBothKindsAndLeavesOutUnknownIds() {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Mottak AS");
        UUID site = api.createSite(company, "Mottak", 10.4, 63.4);
        UUID supply = api.createSupply(site, "CLAY", 2, 100);
        UUID demand = api.createDemand(site, List.of("CLAY"), 3, 50);

        Map<UUID, Listings.Summary> found = listings.summaries(List.of(supply, demand, UUID.randomUUID())).block();

        assertThat(found).containsOnlyKeys(supply, demand);
        assertThat(found.get(supply).material()).isEqualTo("CLAY");
        assertThat(found.get(supply).contaminationClass()).isEqualTo(2);
        assertThat(found.get(demand).accepts()).containsExactly("CLAY");
        assertThat(found.get(demand).contaminationClass()).isEqualTo(3);
        assertThat(found.get(demand).lat()).isEqualTo(63.4);
    }

    private Map<UUID, ListingStock> stock(UUID supply, UUID demand) {
        return transaction.transactional(listings.lockForReading(List.of(supply), List.of(demand))).block();
    }
}
