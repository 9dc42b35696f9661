package no.sirkel.proposal;

import java.util.Arrays;
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
        return proposeTogether(new Match(supply, demand, tonnes)).get(0);
    }

    /**
     * Publishes one solved scenario with the matches and returns their proposals' ids in the matches' order: rival
     * offers for one listing come from one plan, since a later publication supersedes the earlier one's.
     */
    List<UUID> proposeTogether(Match... matches) {
        List<Map<String, Object>> published = items(publish(fixture.solvedScenario(matches)));
        return Arrays.stream(matches).map(match -> published.stream()
                        .filter(item -> match.supply().toString().equals(item.get("supplyId"))
                                && match.demand().toString().equals(item.get("demandId")))
                        .map(item -> UUID.fromString((String) item.get("id")))
                        .findFirst().orElseThrow())
                .toList();
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
