package no.sirkel.proposal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.TestApi;
import no.sirkel.proposal.ProposalFixture.Match;

/** Publishes proposals through the API as a planner, and reads JSON answers for assertions. */
final class ProposalClient {

    private final TestApi api;
    private final ProposalFixture fixture;
    private final String planner;

    ProposalClient(TestApi api, ProposalFixture fixture, String planner) {
        this.api = api;
        this.fixture = fixture;
        this.planner = planner;
    }

    Map<String, Object> publish(UUID scenario) {
        return json(api.as(planner).post().uri("/api/v1/scenarios/{id}/proposals", scenario).exchange()
                .expectStatus().isCreated());
    }

    /** Publishes a solved one-match scenario and returns the proposal's id. */
    UUID propose(UUID supply, UUID demand, double tonnes) {
        Map<String, Object> publication = publish(fixture.solvedScenario(new Match(supply, demand, tonnes)));
        return UUID.fromString((String) items(publication).get(0).get("id"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(WebTestClient.ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
