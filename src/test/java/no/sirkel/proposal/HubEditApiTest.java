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
import no.sirkel.proposal.ProposalFixture.Flow;
import no.sirkel.proposal.ProposalFixture.Hub;

/** Editing and deleting a storage hub that deals and proposals count on. */
@IntegrationTest
class HubEditApiTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    TestApi api;
    ProposalFixture fixture;
    ProposalClient proposals;
    UUID storer;
    String operator;
    UUID excavator;
    String supplier;

    @BeforeEach
    void setUp() {
        api = new TestApi(client);
        fixture = new ProposalFixture(db, api);
        proposals = new ProposalClient(api, fixture, api.plannerToken());
        storer = api.createCompany("Lager AS");
        operator = api.memberToken(storer);
        excavator = api.createCompany("Graving AS");
        supplier = api.memberToken(excavator);
    }

    /** A leg of 60 t into the hub in March, from a supply of 300 t (76 t of them in March), published. */
    UUID openLegInto(Hub hub) {
        List<Map<String, Object>> published = items(proposals.publish(fixture.solvedTimedScenario(
                new Flow("TO_HUB", fixture.supply(excavator, 300), hub.id(), "2027-03-01", 60))));
        return UUID.fromString((String) published.get(0).get("id"));
    }

    WebTestClient.ResponseSpec edit(Hub hub, double capacityTonnes) {
        return api.as(operator).put().uri("/api/v1/facilities/{id}", hub.id())
                .bodyValue(ProposalFixture.hubRequest(storer, capacityTonnes, 0, hub.lon(), hub.lat())).exchange();
    }

    @Test
    void aHubsCapacityCannotBeLoweredBelowWhatDealsKeepThere() {
        Hub hub = fixture.hub(storer, 100);
        UUID proposal = openLegInto(hub);
        api.as(supplier).post().uri("/api/v1/proposals/{id}/accept", proposal).exchange().expectStatus().isOk();
        api.as(operator).post().uri("/api/v1/proposals/{id}/accept", proposal).exchange().expectStatus().isOk();

        edit(hub, 50).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("capacityTonnes")
                .jsonPath("$.errors[0].message")
                .isEqualTo("is less than the 60.0 t that deals hold at the hub at the end of the period from 2027-03-01");

        edit(hub, 60).expectStatus().isOk().expectBody().jsonPath("$.capacityTonnes").isEqualTo(60.0);
    }

    @Test
    void anEditThatLeavesAHubOfferingLessStalesItsUndecidedProposals() {
        Hub hub = fixture.hub(storer, 100);
        UUID proposal = openLegInto(hub);

        edit(hub, 120).expectStatus().isOk();
        assertThat(fixture.state(proposal)).as("more room takes nothing from the proposal")
                .isEqualTo(ProposalState.OPEN);

        edit(hub, 90).expectStatus().isOk();
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.STALE);
        List<Map<String, Object>> events = items(json(api.as(operator).get()
                .uri("/api/v1/proposals/{id}/events", proposal).exchange().expectStatus().isOk()));
        assertThat((String) events.get(events.size() - 1).get("reason"))
                .endsWith("the hub's capacity was lowered from 120.0 t to 90.0 t");
    }

    @Test
    void deletingAHubStalesItsUndecidedProposals() {
        Hub hub = fixture.hub(storer, 100);
        UUID proposal = openLegInto(hub);

        api.as(operator).delete().uri("/api/v1/facilities/{id}", hub.id()).exchange().expectStatus().is2xxSuccessful();

        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.STALE);
    }
}
