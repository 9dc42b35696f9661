package no.sirkel.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.proposal.ProposalFixture.Flow;
import no.sirkel.proposal.ProposalFixture.Listing;
import no.sirkel.proposal.ProposalFixture.Match;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * Answers fired at the same moment, over real HTTP connections, so that their transactions overlap. Without the row
 * locks of {@link ProposalAnswers} each race goes wrong in its own way: two deals on one supply both read the same
 * remaining tonnes (the second is then refused only by the table's check constraint, with a generic message, and
 * where the first deal uses the supply up, the trigger staling the second waits for a proposal the second holds while
 * the second waits for the supply: a deadlock, 500); two answers to one proposal both read {@code OPEN} and the second
 * overwrites the first half-acceptance instead of making the deal; two deals on one hub both read the same free space.
 */
@IntegrationTest
class ProposalRaceTest {

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

    /** A company with a member token. */
    record Member(UUID company, String token) {
    }

    Member member(String name) {
        UUID company = api.createCompany(name);
        return new Member(company, api.memberToken(company));
    }

    void accept(Member member, UUID proposal) {
        api.as(member.token()).post().uri("/api/v1/proposals/{id}/accept", proposal).exchange()
                .expectStatus().isOk();
    }

    /** A response: its status and, for a refusal, the problem's detail. */
    record Answer(int status, String detail) {
    }

    /** Both accepts sent at once; the answers in the order given. */
    List<Answer> acceptTogether(Member first, UUID firstProposal, Member second, UUID secondProposal) {
        Tuple2<Answer, Answer> answers = Mono.zip(acceptCall(first, firstProposal),
                acceptCall(second, secondProposal)).block();
        return List.of(answers.getT1(), answers.getT2());
    }

    private Mono<Answer> acceptCall(Member member, UUID proposal) {
        return http.post().uri("/api/v1/proposals/{id}/accept", proposal)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + member.token())
                .exchangeToMono(response -> response.bodyToMono(Map.class)
                        .map(body -> new Answer(response.statusCode().value(), (String) body.get("detail"))));
    }

    @RepeatedTest(8)
    void twoDealsNeverReserveTheSameSupplyTonnes() {
        Member supplier = member("Masser AS");
        Member firstReceiver = member("Første Bygg AS");
        Member secondReceiver = member("Andre Bygg AS");
        UUID supply = fixture.supply(supplier.company(), 100);
        UUID firstDemand = fixture.demand(firstReceiver.company(), 80);
        UUID secondDemand = fixture.demand(secondReceiver.company(), 80);
        List<UUID> published = proposals.proposeTogether(new Match(supply, firstDemand, 80),
                new Match(supply, secondDemand, 80));
        UUID first = published.get(0);
        UUID second = published.get(1);
        accept(firstReceiver, first);
        accept(secondReceiver, second);

        List<Answer> answers = acceptTogether(supplier, first, supplier, second);

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        boolean firstWon = answers.get(0).status() == 200;
        assertThat(answers.get(firstWon ? 1 : 0).detail())
                .isEqualTo("supply " + supply + " has 20 t left of 100 t; the proposal needs 80 t");
        assertThat(fixture.state(firstWon ? first : second)).isEqualTo(ProposalState.DEAL);
        assertThat(fixture.state(firstWon ? second : first)).as("the loser is left as it was")
                .isEqualTo(ProposalState.ACCEPTED_BY_RECEIVER);
        Listing reserved = fixture.supplyRow(supply);
        assertThat(reserved.reservedTonnes()).isEqualTo(80.0);
        assertThat(reserved.status()).as("20 t are left").isEqualTo("ACTIVE");
        assertThat(fixture.demandRow(firstWon ? firstDemand : secondDemand).reservedTonnes()).isEqualTo(80.0);
        assertThat(fixture.demandRow(firstWon ? secondDemand : firstDemand).reservedTonnes()).isZero();
    }

    @RepeatedTest(8)
    void receiversRacingForASupplyThatFitsOnlyOneLeaveOneDealAndOneStale() {
        Member supplier = member("Masser AS");
        Member firstReceiver = member("Første Bygg AS");
        Member secondReceiver = member("Andre Bygg AS");
        UUID supply = fixture.supply(supplier.company(), 80);
        List<UUID> published = proposals.proposeTogether(
                new Match(supply, fixture.demand(firstReceiver.company(), 80), 80),
                new Match(supply, fixture.demand(secondReceiver.company(), 80), 80));
        UUID first = published.get(0);
        UUID second = published.get(1);
        accept(supplier, first);
        accept(supplier, second);

        List<Answer> answers = acceptTogether(firstReceiver, first, secondReceiver, second);

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        boolean firstWon = answers.get(0).status() == 200;
        assertThat(answers.get(firstWon ? 1 : 0).detail()).contains("STALE");
        assertThat(fixture.state(firstWon ? first : second)).isEqualTo(ProposalState.DEAL);
        assertThat(fixture.state(firstWon ? second : first)).isEqualTo(ProposalState.STALE);
        Listing matched = fixture.supplyRow(supply);
        assertThat(matched.reservedTonnes()).isEqualTo(80.0);
        assertThat(matched.status()).isEqualTo("MATCHED");
    }

    @RepeatedTest(4)
    void aScenarioPublishedTwiceAtOnceIsPublishedOnce() {
        Member supplier = member("Masser AS");
        UUID supply = fixture.supply(supplier.company(), 100);
        UUID scenario = fixture.solvedScenario(new Match(supply, fixture.demand(supplier.company(), 60), 60),
                new Match(supply, fixture.demand(supplier.company(), 40), 40));

        Tuple2<Integer, Integer> statuses = Mono.zip(publishCall(scenario), publishCall(scenario)).block();

        assertThat(List.of(statuses.getT1(), statuses.getT2())).containsExactlyInAnyOrder(201, 409);
        assertThat(fixture.proposalCount(scenario)).isEqualTo(2);
    }

    private Mono<Integer> publishCall(UUID scenario) {
        return http.post().uri("/api/v1/scenarios/{id}/proposals", scenario)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + planner)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
    }

    @RepeatedTest(8)
    void twoDealsNeverTakeTheSameHubSpace() {
        Member storer = member("Lager AS");
        Member firstSupplier = member("Første Graving AS");
        Member secondSupplier = member("Andre Graving AS");
        UUID hub = fixture.hub(storer.company(), 100).id();
        UUID firstSupply = fixture.supply(firstSupplier.company(), 400);
        UUID secondSupply = fixture.supply(secondSupplier.company(), 400);
        UUID first = onlyProposal(fixture.solvedTimedScenario(new Flow("TO_HUB", firstSupply, hub, "2027-03-01", 80)));
        UUID second = onlyProposal(fixture.solvedTimedScenario(
                new Flow("TO_HUB", secondSupply, hub, "2027-04-01", 80)));
        accept(firstSupplier, first);
        accept(secondSupplier, second);

        List<Answer> answers = acceptTogether(storer, first, storer, second);

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        boolean firstWon = answers.get(0).status() == 200;
        assertThat(answers.get(firstWon ? 1 : 0).detail()).as("from April both would lie there")
                .isEqualTo("hub " + hub + " has room for 20 t more at the end of the period from 2027-04-01;"
                        + " the proposal would hold 80 t there by then");
        assertThat(fixture.state(firstWon ? second : first)).as("the loser is left as it was")
                .isEqualTo(ProposalState.ACCEPTED_BY_SUPPLIER);
        assertThat(fixture.supplyRow(firstWon ? secondSupply : firstSupply).reservedTonnes()).isZero();
    }

    private UUID onlyProposal(UUID scenario) {
        return UUID.fromString((String) ProposalClient.items(proposals.publish(scenario)).get(0).get("id"));
    }

    @RepeatedTest(8)
    void bothSidesAcceptingAtOnceMakeOneDeal() {
        Member supplier = member("Masser AS");
        Member receiver = member("Bygg AS");
        UUID supply = fixture.supply(supplier.company(), 100);
        UUID demand = fixture.demand(receiver.company(), 100);
        UUID proposal = proposals.propose(supply, demand, 100);

        List<Answer> answers = acceptTogether(supplier, proposal, receiver, proposal);

        assertThat(answers).extracting(Answer::status).containsExactly(200, 200);
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.DEAL);
        assertThat(fixture.eventCount(proposal)).as("published, half accepted, deal").isEqualTo(3);
        assertThat(fixture.supplyRow(supply).reservedTonnes()).isEqualTo(100.0);
        assertThat(fixture.demandRow(demand).reservedTonnes()).isEqualTo(100.0);
    }

    /** The ids of the two proposals of a publication, in the order of the hubs given. */
    private List<UUID> byHub(Map<String, Object> publication, UUID firstHub, UUID secondHub) {
        return List.of(firstHub, secondHub).stream().map(hub -> ProposalClient.items(publication).stream()
                .filter(item -> hub.toString().equals(item.get("hubId")))
                .map(item -> UUID.fromString((String) item.get("id"))).findFirst().orElseThrow()).toList();
    }

    @RepeatedTest(4)
    void twoDealsNeverTakeThePeriodsLastTonnesOfASupplyTwice() {
        Member supplier = member("Graving AS");
        Member storer = member("Lager AS");
        UUID supply = fixture.supply(supplier.company(), 122);
        UUID firstHub = fixture.hub(storer.company(), 1000).id();
        UUID secondHub = fixture.hub(storer.company(), 1000).id();
        List<UUID> published = byHub(proposals.publish(fixture.solvedTimedScenario(
                        new Flow("TO_HUB", supply, firstHub, "2027-03-01", 20),
                        new Flow("TO_HUB", supply, secondHub, "2027-03-01", 20))), firstHub, secondHub);
        published.forEach(proposal -> accept(storer, proposal));

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
        Member receiver = member("Bygg AS");
        UUID firstDemand = fixture.demand(receiver.company(), 306);
        UUID secondDemand = fixture.demand(receiver.company(), 306);
        UUID hub = fixture.hub(null, 100, 50).id();
        List<UUID> published = ProposalClient.items(proposals.publish(fixture.solvedTimedScenario(
                        new Flow("FROM_HUB", hub, firstDemand, "2027-06-01", 40),
                        new Flow("FROM_HUB", hub, secondDemand, "2027-06-01", 40)))).stream()
                .map(item -> UUID.fromString((String) item.get("id"))).toList();
        published.forEach(proposal -> accept(receiver, proposal));
        Member region = new Member(null, planner);

        List<Answer> answers = acceptTogether(region, published.get(0), region, published.get(1));

        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        boolean firstWon = answers.get(0).status() == 200;
        assertThat(answers.get(firstWon ? 1 : 0).detail()).as("50 t of gravel, 40 t of it already promised")
                .isEqualTo("hub " + hub + " holds 10 t of GRAVEL in class 1 at the end of the period from"
                        + " 2027-06-01; the proposal would take 40 t out by then");
        assertThat(fixture.state(published.get(firstWon ? 1 : 0))).isEqualTo(ProposalState.ACCEPTED_BY_RECEIVER);
    }
}
