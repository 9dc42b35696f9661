package no.sirkel.proposal;

import static no.sirkel.proposal.ProposalClient.items;
import static no.sirkel.proposal.ProposalClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/**
 * Legs of a plan over time into and out of storage hubs, as proposals and deals between a company and the hub; the
 * tonnes such deals take of a supply period by period; editing a hub that deals and proposals count on. The fixture's
 * supplies release their tonnes evenly from March to June (122 days: a supply of 122 t gives a tonne a day).
 */
@IntegrationTest
class HubLegApiTest {

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    TestApi api;
    ProposalFixture fixture;
    String planner;
    ProposalClient proposals;

    @BeforeEach
    void setUp() {
        api = new TestApi(client);
        fixture = new ProposalFixture(db, api);
        planner = api.plannerToken();
        proposals = new ProposalClient(api, fixture, planner);
    }

    Map<String, Object> read(String token, UUID proposal) {
        return json(api.as(token).get().uri("/api/v1/proposals/{id}", proposal).exchange().expectStatus().isOk());
    }

    WebTestClient.ResponseSpec accept(String token, UUID proposal) {
        return api.as(token).post().uri("/api/v1/proposals/{id}/accept", proposal).exchange();
    }

    UUID onlyProposal(UUID scenario) {
        List<Map<String, Object>> published = items(proposals.publish(scenario));
        assertThat(published).hasSize(1);
        return UUID.fromString((String) published.get(0).get("id"));
    }

    @Test
    void aLegIntoAnOperatorsHubIsAProposalBetweenTheSupplierAndTheOperatorWithItsSchedule() {
        UUID excavator = api.createCompany("Graving AS");
        String supplier = api.memberToken(excavator);
        UUID storer = api.createCompany("Lager AS");
        String operator = api.memberToken(storer);
        UUID supply = fixture.supply(excavator, 300);
        UUID hub = fixture.hub(storer, 500).id();

        UUID proposal = onlyProposal(fixture.solvedTimedScenario(new Flow("TO_HUB", supply, hub, "2027-03-01", 40),
                new Flow("TO_HUB", supply, hub, "2027-04-01", 60)));

        Map<String, Object> seenBySupplier = read(supplier, proposal);
        assertThat(seenBySupplier).containsEntry("kind", "TO_HUB").containsEntry("supplyId", supply.toString())
                .containsEntry("hubId", hub.toString()).doesNotContainKey("demandId")
                .containsEntry("material", "GRAVEL").containsEntry("contaminationClass", 1)
                .containsEntry("tonnes", 100.0).containsEntry("state", "OPEN").containsEntry("side", "SUPPLIER")
                .containsKey("publishedAt")
                .containsEntry("schedule", List.of(Map.of("period", "2027-03-01", "tonnes", 40.0),
                        Map.of("period", "2027-04-01", "tonnes", 60.0)));
        assertThat(counterpart(seenBySupplier)).containsEntry("listingType", "HUB")
                .containsEntry("hubId", hub.toString()).containsEntry("name", "Mellomlager")
                .doesNotContainKey("company");
        assertThat(read(operator, proposal)).containsEntry("side", "RECEIVER");
        assertThat(counterpart(read(operator, proposal))).containsEntry("listingType", "SUPPLY")
                .containsEntry("listingId", supply.toString());
        accept(planner, proposal).expectStatus().isForbidden();

        accept(supplier, proposal).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("ACCEPTED_BY_SUPPLIER");
        accept(operator, proposal).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DEAL");

        assertThat(counterpart(read(supplier, proposal))).containsEntry("company",
                Map.of("id", storer.toString(), "name", "Lager AS", "contactEmail", "post@example.no"));
        assertThat(fixture.supplyRow(supply).reservedTonnes()).isEqualTo(100.0);
    }

    @Test
    void aPlannerAnswersForTheHubSideOfALegFromAHubTheRegionRuns() {
        UUID builder = api.createCompany("Bygg AS");
        String receiver = api.memberToken(builder);
        String outsider = api.memberToken(api.createCompany("Annen AS"));
        UUID demand = fixture.demand(builder, 300);
        UUID hub = fixture.hub(null, 500, 30).id();

        UUID proposal = onlyProposal(fixture.solvedTimedScenario(
                new Flow("FROM_HUB", hub, demand, "2027-06-01", 30)));

        assertThat(read(receiver, proposal)).containsEntry("kind", "FROM_HUB").containsEntry("side", "RECEIVER")
                .containsEntry("demandId", demand.toString()).doesNotContainKey("supplyId");
        accept(outsider, proposal).expectStatus().isNotFound();
        accept(receiver, proposal).expectStatus().isOk();
        accept(planner, proposal).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DEAL");

        List<Map<String, Object>> events = items(json(api.as(planner).get()
                .uri("/api/v1/proposals/{id}/events", proposal).exchange().expectStatus().isOk()));
        assertThat(events.get(events.size() - 1)).containsEntry("actor", "PLANNER")
                .containsEntry("reason", "both sides accepted; 30 t reserved");
        assertThat(counterpart(read(receiver, proposal))).as("the region's hub has no company to name")
                .containsEntry("listingType", "HUB").doesNotContainKey("company");
        assertThat(fixture.demandRow(demand).reservedTonnes()).isEqualTo(30.0);
    }

    @Test
    void aScenarioAfterAHubDealPlansWithTheRoomThatRemains() {
        UUID excavator = api.createCompany("Graving AS");
        UUID storer = api.createCompany("Lager AS");
        Hub hub = fixture.hub(storer, 100);
        double lon = hub.lon();
        double lat = hub.lat();
        UUID proposal = onlyProposal(fixture.solvedTimedScenario(
                new Flow("TO_HUB", fixture.supply(excavator, 300), hub.id(), "2027-03-01", 60)));
        accept(api.memberToken(excavator), proposal).expectStatus().isOk();
        accept(api.memberToken(storer), proposal).expectStatus().isOk();

        Map<String, Object> scenario = json(api.as(planner).post().uri("/api/v1/scenarios").bodyValue(Map.of(
                        "name", "after the deal", "horizon", Map.of("from", "2027-01-01", "to", "2027-12-31"),
                        "region", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon - 0.1, lat - 0.1),
                                List.of(lon + 0.1, lat - 0.1), List.of(lon + 0.1, lat + 0.1),
                                List.of(lon - 0.1, lat + 0.1), List.of(lon - 0.1, lat - 0.1)))),
                        "parameters", Map.of(), "seconds", 1, "periodLength", "MONTH"))
                .exchange().expectStatus().isAccepted());

        Map<String, Object> problem = json(api.as(planner).get()
                .uri("/api/v1/scenarios/{id}/problem", scenario.get("id")).exchange().expectStatus().isOk());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hubs = (List<Map<String, Object>>) problem.get("storageHubs");
        assertThat(hubs).singleElement().satisfies(stored -> assertThat(stored)
                .as("100 t of room less the 60 t the deal brings in March")
                .containsEntry("id", hub.id().toString()).containsEntry("capacityTonnes", 40.0));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counterpart(Map<String, Object> proposal) {
        return (Map<String, Object>) proposal.get("counterpart");
    }

    /** The proposal of a published plan whose one leg brings the supply's tonnes into the hub in the month. */
    UUID legInto(UUID hub, UUID supply, String month, double tonnes) {
        return onlyProposal(fixture.solvedTimedScenario(new Flow("TO_HUB", supply, hub, month, tonnes)));
    }

    /** Both sides accept, one after the other: a deal. */
    void deal(UUID proposal, String supplier, String receiver) {
        accept(supplier, proposal).expectStatus().isOk();
        accept(receiver, proposal).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DEAL");
    }

    /**
     * A supply of 122 t (a tonne a day from March to June) of which deals into the hub took all of March (31 t) and
     * 15 t of April, one after the other.
     */
    UUID marchAndHalfOfAprilTaken(Member excavator, Member storer, UUID hub) {
        UUID supply = fixture.supply(excavator.company(), 122);
        deal(legInto(hub, supply, "2027-03-01", 31), excavator.token(), storer.token());
        deal(legInto(hub, supply, "2027-04-01", 15), excavator.token(), storer.token());
        return supply;
    }

    @Test
    void dealsInDifferentPeriodsShareASupplyAndAPeriodTakenIsRefused() {
        Member excavator = member("Graving AS");
        Member storer = member("Lager AS");
        UUID hub = fixture.hub(storer.company(), 1000).id();
        UUID supply = marchAndHalfOfAprilTaken(excavator, storer, hub);

        UUID marchAgain = legInto(hub, supply, "2027-03-01", 10);
        accept(excavator.token(), marchAgain).expectStatus().isOk();

        accept(storer.token(), marchAgain).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.detail").isEqualTo("supply " + supply
                        + " has 0 t left in the period from 2027-03-01; the proposal needs 10 t then");

        assertThat(fixture.state(marchAgain)).as("left as it was").isEqualTo(ProposalState.ACCEPTED_BY_SUPPLIER);
        assertThat(fixture.supplyRow(supply).reservedTonnes()).isEqualTo(46.0);
        Map<String, Object> seenByOperator = json(api.as(storer.token()).get()
                .uri("/api/v1/proposals/{id}", marchAgain).exchange().expectStatus().isOk());
        assertThat(counterpart(seenByOperator)).as("the total the API shows is 122 t less the two deals")
                .containsEntry("remainingTonnes", 76.0);
    }

    @Test
    void aLaterSnapshotGivesTheOptimizerWhatRemainsOfEachPeriod() {
        Member storer = member("Lager AS");
        UUID supply = marchAndHalfOfAprilTaken(member("Graving AS"), storer,
                fixture.hub(storer.company(), 1000).id());

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

    /** A company and a member token of it. */
    record Member(UUID company, String token) {
    }

    Member member(String name) {
        UUID company = api.createCompany(name);
        return new Member(company, api.memberToken(company));
    }

    /** A leg of 60 t into the hub in March, from a supply of 300 t (76 t of them in March), published. */
    UUID openLegInto(Hub hub, Member excavator) {
        return legInto(hub.id(), fixture.supply(excavator.company(), 300), "2027-03-01", 60);
    }

    /** The hub's operator sets its capacity, every other field as {@link ProposalFixture#hub} registered it. */
    WebTestClient.ResponseSpec edit(Hub hub, Member operator, double capacityTonnes) {
        return api.as(operator.token()).put().uri("/api/v1/facilities/{id}", hub.id()).bodyValue(
                ProposalFixture.hubRequest(operator.company(), capacityTonnes, 0, hub.lon(), hub.lat())).exchange();
    }

    @Test
    void aHubsCapacityCannotBeLoweredBelowWhatDealsKeepThere() {
        Member storer = member("Lager AS");
        Member excavator = member("Graving AS");
        Hub hub = fixture.hub(storer.company(), 100);
        deal(openLegInto(hub, excavator), excavator.token(), storer.token());

        edit(hub, storer, 50).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("capacityTonnes")
                .jsonPath("$.errors[0].message").isEqualTo(
                        "is less than the 60.0 t that deals hold at the hub at the end of the period from 2027-03-01");

        edit(hub, storer, 60).expectStatus().isOk().expectBody().jsonPath("$.capacityTonnes").isEqualTo(60.0);
    }

    @Test
    void anEditThatLeavesAHubOfferingLessStalesItsUndecidedProposals() {
        Member storer = member("Lager AS");
        Hub hub = fixture.hub(storer.company(), 100);
        UUID proposal = openLegInto(hub, member("Graving AS"));

        edit(hub, storer, 120).expectStatus().isOk();
        assertThat(fixture.state(proposal)).as("more room takes nothing from the proposal")
                .isEqualTo(ProposalState.OPEN);

        edit(hub, storer, 90).expectStatus().isOk();
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.STALE);
        List<Map<String, Object>> events = items(json(api.as(storer.token()).get()
                .uri("/api/v1/proposals/{id}/events", proposal).exchange().expectStatus().isOk()));
        assertThat((String) events.get(events.size() - 1).get("reason"))
                .endsWith("the hub's capacity was lowered from 120.0 t to 90.0 t");
    }

    @Test
    void deletingAHubStalesItsUndecidedProposals() {
        Member storer = member("Lager AS");
        Hub hub = fixture.hub(storer.company(), 100);
        UUID proposal = openLegInto(hub, member("Graving AS"));

        api.as(storer.token()).delete().uri("/api/v1/facilities/{id}", hub.id()).exchange()
                .expectStatus().is2xxSuccessful();

        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.STALE);
    }
}
