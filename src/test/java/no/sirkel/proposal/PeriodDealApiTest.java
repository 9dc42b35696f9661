package no.sirkel.proposal;

import static no.sirkel.proposal.ProposalClient.items;
import static no.sirkel.proposal.ProposalClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.proposal.ProposalFixture.Flow;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * Deals on plans over time take a listing's tonnes period by period, and a hub's stock of what they take out of it;
 * later snapshots see what remains of each period. The fixture's supplies release 122 t from March to June as a tonne
 * a day when they hold 122 t.
 */
@IntegrationTest
class PeriodDealApiTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @LocalServerPort
    int port;

    TestApi api;
    ProposalFixture fixture;
    String planner;
    ProposalClient proposals;
    WebClient http;

    @BeforeEach
    void setUp() {
        api = new TestApi(client);
        fixture = new ProposalFixture(db, api);
        planner = api.plannerToken();
        proposals = new ProposalClient(api, fixture, planner);
        http = WebClient.create("http://localhost:" + port);
    }

    UUID onlyProposal(UUID scenario) {
        List<Map<String, Object>> published = items(proposals.publish(scenario));
        assertThat(published).hasSize(1);
        return UUID.fromString((String) published.get(0).get("id"));
    }

    WebTestClient.ResponseSpec accept(String token, UUID proposal) {
        return api.as(token).post().uri("/api/v1/proposals/{id}/accept", proposal).exchange();
    }

    /** Both sides accept, one after the other: a deal. */
    void deal(UUID proposal, String supplier, String receiver) {
        accept(supplier, proposal).expectStatus().isOk();
        accept(receiver, proposal).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DEAL");
    }

    @Test
    void dealsInDifferentPeriodsShareASupplyAndAPeriodTakenIsRefused() {
        UUID excavator = api.createCompany("Graving AS");
        String supplier = api.memberToken(excavator);
        UUID storer = api.createCompany("Lager AS");
        String operator = api.memberToken(storer);
        UUID supply = fixture.supply(excavator, 122);
        UUID hub = fixture.hub(storer, 1000).id();

        UUID march = onlyProposal(fixture.solvedTimedScenario(new Flow("TO_HUB", supply, hub, "2027-03-01", 31)));
        deal(march, supplier, operator);
        UUID april = onlyProposal(fixture.solvedTimedScenario(new Flow("TO_HUB", supply, hub, "2027-04-01", 15)));
        deal(april, supplier, operator);
        UUID marchAgain = onlyProposal(fixture.solvedTimedScenario(
                new Flow("TO_HUB", supply, hub, "2027-03-01", 10)));
        accept(supplier, marchAgain).expectStatus().isOk();

        accept(operator, marchAgain).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").isEqualTo("supply " + supply
                        + " has 0 t left in the period from 2027-03-01; the proposal needs 10 t then");

        assertThat(fixture.state(marchAgain)).as("left as it was").isEqualTo(ProposalState.ACCEPTED_BY_SUPPLIER);
        assertThat(fixture.supplyRow(supply).reservedTonnes()).isEqualTo(46.0);
        Map<String, Object> seenByOperator = json(api.as(operator).get().uri("/api/v1/proposals/{id}", marchAgain)
                .exchange().expectStatus().isOk());
        assertThat(counterpart(seenByOperator)).as("the total the API shows is 122 t less the two deals")
                .containsEntry("remainingTonnes", 76.0);
    }

    @Test
    void aLaterSnapshotGivesTheOptimizerWhatRemainsOfEachPeriod() {
        UUID excavator = api.createCompany("Graving AS");
        String supplier = api.memberToken(excavator);
        UUID storer = api.createCompany("Lager AS");
        String operator = api.memberToken(storer);
        UUID supply = fixture.supply(excavator, 122);
        UUID hub = fixture.hub(storer, 1000).id();
        deal(onlyProposal(fixture.solvedTimedScenario(new Flow("TO_HUB", supply, hub, "2027-03-01", 31))),
                supplier, operator);
        deal(onlyProposal(fixture.solvedTimedScenario(new Flow("TO_HUB", supply, hub, "2027-04-01", 15))),
                supplier, operator);

        Map<String, Object> scenario = json(api.as(planner).post().uri("/api/v1/scenarios").bodyValue(Map.of(
                        "name", "after the deals", "horizon", Map.of("from", "2027-01-01", "to", "2027-12-31"),
                        "region", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(10.39, 63.43),
                                List.of(10.40, 63.43), List.of(10.40, 63.44), List.of(10.39, 63.44),
                                List.of(10.39, 63.43)))),
                        "parameters", Map.of(), "seconds", 1, "periodLength", "MONTH", "useHubs", false))
                .exchange().expectStatus().isAccepted());
        Map<String, Object> problem = json(api.as(planner).get()
                .uri("/api/v1/scenarios/{id}/problem", scenario.get("id")).exchange().expectStatus().isOk());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stretches = ((List<Map<String, Object>>) problem.get("supplies")).stream()
                .filter(entry -> ((String) entry.get("id")).startsWith(supply.toString())).toList();
        assertThat(stretches).as("March taken, half of April left, May and June whole").hasSize(2);
        assertThat(stretches.get(0)).containsEntry("id", supply + "@2027-04-01")
                .containsEntry("availableFrom", "2027-04-01").containsEntry("availableTo", "2027-04-30");
        assertThat((Double) stretches.get(0).get("tonnes")).isCloseTo(15, within(1e-6));
        assertThat(stretches.get(1)).containsEntry("id", supply + "@2027-05-01")
                .containsEntry("availableFrom", "2027-05-01").containsEntry("availableTo", "2027-06-30");
        assertThat((Double) stretches.get(1).get("tonnes")).isCloseTo(61, within(1e-6));
    }

    /** A response: its status and, for a refusal, the problem's detail. */
    record Answer(int status, String detail) {
    }

    /** Both accepts sent at once over real connections; the answers in the order given. */
    List<Answer> acceptTogether(String first, UUID firstProposal, String second, UUID secondProposal) {
        Tuple2<Answer, Answer> answers = Mono.zip(acceptCall(first, firstProposal),
                acceptCall(second, secondProposal)).block();
        return List.of(answers.getT1(), answers.getT2());
    }

    private Mono<Answer> acceptCall(String token, UUID proposal) {
        return http.post().uri("/api/v1/proposals/{id}/accept", proposal)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchangeToMono(response -> response.bodyToMono(Map.class)
                        .map(body -> new Answer(response.statusCode().value(), (String) body.get("detail"))));
    }

    /** The ids of the two proposals of a publication, in the order of the hubs given. */
    private List<UUID> byHub(Map<String, Object> publication, UUID firstHub, UUID secondHub) {
        return List.of(firstHub, secondHub).stream().map(hub -> items(publication).stream()
                .filter(item -> hub.toString().equals(item.get("hubId")))
                .map(item -> UUID.fromString((String) item.get("id"))).findFirst().orElseThrow()).toList();
    }

    @RepeatedTest(4)
    void twoDealsNeverTakeThePeriodsLastTonnesOfASupplyTwice() {
        UUID excavator = api.createCompany("Graving AS");
        String supplier = api.memberToken(excavator);
        UUID storer = api.createCompany("Lager AS");
        String operator = api.memberToken(storer);
        UUID supply = fixture.supply(excavator, 122);
        UUID firstHub = fixture.hub(storer, 1000).id();
        UUID secondHub = fixture.hub(storer, 1000).id();
        List<UUID> published = byHub(proposals.publish(fixture.solvedTimedScenario(
                        new Flow("TO_HUB", supply, firstHub, "2027-03-01", 20),
                        new Flow("TO_HUB", supply, secondHub, "2027-03-01", 20))), firstHub, secondHub);
        published.forEach(proposal -> accept(operator, proposal).expectStatus().isOk());

        List<Answer> answers = acceptTogether(supplier, published.get(0), supplier, published.get(1));

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        boolean firstWon = answers.get(0).status() == 200;
        assertThat(answers.get(firstWon ? 1 : 0).detail()).as("March releases 31 t; 40 t is in the supply's total")
                .isEqualTo("supply " + supply + " has 11 t left in the period from 2027-03-01;"
                        + " the proposal needs 20 t then");
        assertThat(fixture.state(published.get(firstWon ? 1 : 0))).isEqualTo(ProposalState.ACCEPTED_BY_RECEIVER);
        assertThat(fixture.supplyRow(supply).reservedTonnes()).isEqualTo(20.0);
    }

    @RepeatedTest(4)
    void legsOutOfAHubNeverTakeMoreThanItHolds() {
        UUID builder = api.createCompany("Bygg AS");
        String receiver = api.memberToken(builder);
        UUID firstDemand = fixture.demand(builder, 306);
        UUID secondDemand = fixture.demand(builder, 306);
        UUID hub = fixture.hub(null, 100, 50).id();
        Map<String, Object> publication = proposals.publish(fixture.solvedTimedScenario(
                new Flow("FROM_HUB", hub, firstDemand, "2027-06-01", 40),
                new Flow("FROM_HUB", hub, secondDemand, "2027-06-01", 40)));
        List<UUID> published = items(publication).stream().map(item -> UUID.fromString((String) item.get("id")))
                .toList();
        published.forEach(proposal -> accept(receiver, proposal).expectStatus().isOk());

        List<Answer> answers = acceptTogether(planner, published.get(0), planner, published.get(1));

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        boolean firstWon = answers.get(0).status() == 200;
        assertThat(answers.get(firstWon ? 1 : 0).detail()).as("50 t of gravel, 40 t of it already promised")
                .isEqualTo("hub " + hub + " holds 10 t of GRAVEL in class 1 at the end of the period from"
                        + " 2027-06-01; the proposal would take 40 t out by then");
        assertThat(fixture.state(published.get(firstWon ? 1 : 0))).isEqualTo(ProposalState.ACCEPTED_BY_RECEIVER);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counterpart(Map<String, Object> proposal) {
        return (Map<String, Object>) proposal.get("counterpart");
    }
}
