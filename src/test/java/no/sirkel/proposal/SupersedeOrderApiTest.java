package no.sirkel.proposal;

import static no.sirkel.proposal.ProposalClient.items;
import static no.sirkel.proposal.ProposalClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.proposal.ProposalFixture.Match;

/** A newer scenario's offers stand, whichever scenario is published first. */
@IntegrationTest
class SupersedeOrderApiTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    TestApi api;
    ProposalFixture fixture;
    ProposalClient proposals;
    String planner;

    @BeforeEach
    void setUp() {
        api = new TestApi(client);
        fixture = new ProposalFixture(db, api);
        planner = api.plannerToken();
        proposals = new ProposalClient(api, fixture, planner);
    }

    @Test
    void anOlderScenarioPublishedAfterANewerOneLeavesTheNewerOffersAndSupersedesItsOwn() {
        UUID company = api.createCompany("Masser AS");
        UUID supply = fixture.supply(company, 100);
        UUID demand = fixture.demand(company, 100);
        UUID otherDemand = fixture.demand(company, 100);
        UUID older = fixture.solvedScenario(new Match(supply, demand, 100), new Match(supply, otherDemand, 100));
        UUID newer = fixture.solvedScenario(new Match(supply, demand, 100));
        UUID newerOffer = UUID.fromString((String) items(proposals.publish(newer)).get(0).get("id"));

        Map<String, Object> publication = proposals.publish(older);

        assertThat(publication).containsEntry("published", 2).containsEntry("superseded", 2)
                .containsEntry("open", 0);
        assertThat(fixture.state(newerOffer)).isEqualTo(ProposalState.OPEN);
        for (Map<String, Object> item : items(publication)) {
            assertThat(item).containsEntry("state", "SUPERSEDED");
            List<Map<String, Object>> events = items(json(api.as(planner).get()
                    .uri("/api/v1/proposals/{id}/events", item.get("id")).exchange().expectStatus().isOk()));
            assertThat(events).extracting(event -> event.get("toState")).containsExactly("OPEN", "SUPERSEDED");
            assertThat(events.get(1)).containsEntry("reason",
                    "a newer scenario's proposal already offers its listing");
        }
    }

    @Test
    void aNewerScenarioPublishedAfterAnOlderOneSupersedesTheOlderOffers() {
        UUID company = api.createCompany("Masser AS");
        UUID supply = fixture.supply(company, 100);
        UUID demand = fixture.demand(company, 100);
        UUID older = fixture.solvedScenario(new Match(supply, demand, 100));
        UUID newer = fixture.solvedScenario(new Match(supply, demand, 100));
        UUID olderOffer = UUID.fromString((String) items(proposals.publish(older)).get(0).get("id"));

        Map<String, Object> publication = proposals.publish(newer);

        assertThat(publication).containsEntry("open", 1).containsEntry("superseded", 0);
        assertThat(fixture.state(olderOffer)).isEqualTo(ProposalState.SUPERSEDED);
    }
}
