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
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;
import no.sirkel.proposal.ProposalFixture.Listing;
import no.sirkel.proposal.ProposalFixture.Match;

@IntegrationTest
class ProposalApiTest {

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

    /** A supplier and a receiver company, each with a member token, and one listing each. */
    record Sides(UUID supplierCompany, String supplier, UUID receiverCompany, String receiver, UUID supply,
                 UUID demand) {
    }

    Sides sides(double supplyTonnes, double demandTonnes) {
        UUID supplierCompany = api.createCompany("Leverandør AS");
        UUID receiverCompany = api.createCompany("Mottaker AS");
        return new Sides(supplierCompany, api.memberToken(supplierCompany), receiverCompany,
                api.memberToken(receiverCompany), fixture.supply(supplierCompany, supplyTonnes),
                fixture.demand(receiverCompany, demandTonnes));
    }

    WebTestClient.ResponseSpec answer(String token, UUID proposal, String answer) {
        return api.as(token).post().uri("/api/v1/proposals/{id}/" + answer, proposal).exchange();
    }

    @Test
    void publishesEveryMatchOfThePlanAsAnOpenProposal() {
        Sides sides = sides(100, 100);
        UUID otherDemand = fixture.demand(sides.receiverCompany(), 50);
        UUID scenario = fixture.solvedScenario(new Match(sides.supply(), sides.demand(), 60),
                new Match(sides.supply(), otherDemand, 40));

        Map<String, Object> publication = json(api.as(planner).post()
                .uri("/api/v1/scenarios/{id}/proposals", scenario).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/v1/proposals?scenarioId=" + scenario));

        assertThat(publication).containsEntry("scenarioId", scenario.toString()).containsEntry("published", 2)
                .containsEntry("open", 2).containsEntry("stale", 0).containsEntry("skipped", 0);
        Map<String, Object> sixty = items(publication).stream()
                .filter(item -> item.get("demandId").equals(sides.demand().toString())).findFirst().orElseThrow();
        assertThat(sixty).containsEntry("scenarioId", scenario.toString())
                .containsEntry("supplyId", sides.supply().toString()).containsEntry("tonnes", 60.0)
                .containsEntry("km", 20.0).containsEntry("cost", 2400.0).containsEntry("co2Kg", 108.0)
                .containsEntry("state", "OPEN").doesNotContainKey("side").doesNotContainKey("counterpart");
        assertThat((List<?>) publication.get("items")).hasSize(2);
    }

    @Test
    void publishingAScenarioTwiceIsAConflict() {
        Sides sides = sides(100, 100);
        UUID scenario = fixture.solvedScenario(new Match(sides.supply(), sides.demand(), 100));
        proposals.publish(scenario);

        api.as(planner).post().uri("/api/v1/scenarios/{id}/proposals", scenario).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("already"));
        assertThat(fixture.proposalCount(scenario)).isEqualTo(1);
    }

    @Test
    void publishesAStoppedScenarioThatKeptItsBestPlan() {
        Sides sides = sides(100, 100);
        UUID scenario = fixture.scenario("STOPPED", true, new Match(sides.supply(), sides.demand(), 100));

        api.asAdmin().post().uri("/api/v1/scenarios/{id}/proposals", scenario).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.published").isEqualTo(1);
    }

    @Test
    void refusesToPublishAScenarioWithoutAPlanNamingItsStatus() {
        Sides sides = sides(100, 100);
        for (String status : List.of("SOLVING", "FAILED")) {
            UUID scenario = fixture.scenario(status, false, new Match(sides.supply(), sides.demand(), 100));
            api.as(planner).post().uri("/api/v1/scenarios/{id}/proposals", scenario).exchange()
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(status));
            assertThat(fixture.proposalCount(scenario)).isZero();
        }
    }

    @Test
    void publishingAnUnknownScenarioIsNotFound() {
        api.as(planner).post().uri("/api/v1/scenarios/{id}/proposals", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void membersCannotPublish() {
        Sides sides = sides(100, 100);
        UUID scenario = fixture.solvedScenario(new Match(sides.supply(), sides.demand(), 100));

        api.as(sides.supplier()).post().uri("/api/v1/scenarios/{id}/proposals", scenario).exchange()
                .expectStatus().isForbidden();
        assertThat(fixture.proposalCount(scenario)).isZero();
    }

    @Test
    void publishesAProposalStaleWhereItsListingChangedSinceTheSnapshot() {
        Sides sides = sides(100, 100);
        UUID scenario = fixture.solvedScenario(new Match(sides.supply(), sides.demand(), 100));
        fixture.editSupply(sides.supply());

        Map<String, Object> publication = proposals.publish(scenario);
        assertThat(publication).containsEntry("stale", 1).containsEntry("open", 0);
        Object proposal = items(publication).get(0).get("id");
        api.as(planner).get().uri("/api/v1/proposals/{id}/events", proposal).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].toState").isEqualTo("STALE")
                .jsonPath("$.items[0].reason").value(reason -> assertThat((String) reason)
                        .contains("supply " + sides.supply()).contains("edited"));
    }

    @Test
    void publishesAProposalStaleWhereDealsElsewhereLeftTooFewTonnes() {
        Sides sides = sides(100, 100);
        UUID scenario = fixture.solvedScenario(new Match(sides.supply(), sides.demand(), 80));
        fixture.reserveSupply(sides.supply(), 30);

        Map<String, Object> publication = proposals.publish(scenario);

        assertThat(publication).containsEntry("stale", 1);
        api.as(sides.receiver()).get().uri("/api/v1/proposals/{id}/events", items(publication).get(0).get("id"))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].reason").isEqualTo("published stale: supply " + sides.supply()
                        + " has 70 t left; the match needs 80 t");
    }

    @Test
    void leavesOutMatchesWhoseListingNoLongerExists() {
        Sides sides = sides(100, 100);
        UUID gone = fixture.demand(sides.receiverCompany(), 20);
        UUID scenario = fixture.solvedScenario(new Match(sides.supply(), sides.demand(), 80),
                new Match(sides.supply(), gone, 20));
        fixture.deleteDemand(gone);

        assertThat(proposals.publish(scenario)).containsEntry("published", 1).containsEntry("skipped", 1);
    }

    @Test
    void bothSidesAcceptingMakeADealThatReservesTheTonnesAndMatchesWhatIsUsedUp() {
        Sides sides = sides(100, 150);
        UUID rivalDemand = fixture.demand(api.createCompany("Rival AS"), 100);
        List<UUID> published = proposals.proposeTogether(new Match(sides.supply(), sides.demand(), 100),
                new Match(sides.supply(), rivalDemand, 100));
        UUID proposal = published.get(0);
        UUID rival = published.get(1);
        int supplyVersion = fixture.supplyRow(sides.supply()).version();

        answer(sides.supplier(), proposal, "accept").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED_BY_SUPPLIER")
                .jsonPath("$.side").isEqualTo("SUPPLIER");
        assertThat(fixture.supplyRow(sides.supply()).reservedTonnes()).isZero();

        answer(sides.receiver(), proposal, "accept").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DEAL")
                .jsonPath("$.side").isEqualTo("RECEIVER");

        Listing supply = fixture.supplyRow(sides.supply());
        assertThat(supply.reservedTonnes()).isEqualTo(100.0);
        assertThat(supply.status()).isEqualTo("MATCHED");
        assertThat(supply.version()).as("reserving is no edit").isEqualTo(supplyVersion);
        Listing demand = fixture.demandRow(sides.demand());
        assertThat(demand.reservedTonnes()).isEqualTo(100.0);
        assertThat(demand.status()).as("50 t are still wanted").isEqualTo("ACTIVE");
        assertThat(fixture.state(rival)).as("the supply is used up").isEqualTo(ProposalState.STALE);
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.DEAL);
    }

    @Test
    void theCounterpartsNameAndExactSiteAreHiddenUntilTheDeal() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);

        api.as(sides.receiver()).get().uri("/api/v1/proposals/{id}", proposal).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.side").isEqualTo("RECEIVER")
                .jsonPath("$.counterpart.listingId").isEqualTo(sides.supply().toString())
                .jsonPath("$.counterpart.listingType").isEqualTo("SUPPLY")
                .jsonPath("$.counterpart.material").isEqualTo("GRAVEL")
                .jsonPath("$.counterpart.tonnes").isEqualTo(100.0)
                .jsonPath("$.counterpart.from").isEqualTo("2027-03-01")
                .jsonPath("$.counterpart.to").isEqualTo("2027-06-30")
                .jsonPath("$.counterpart.municipality").isEqualTo("Trondheim")
                .jsonPath("$.counterpart.location.type").isEqualTo("Point")
                .jsonPath("$.counterpart.location.coordinates[0]").isEqualTo(10.4)
                .jsonPath("$.counterpart.location.coordinates[1]").isEqualTo(63.43)
                .jsonPath("$.counterpart.company").doesNotExist();
        answer(sides.supplier(), proposal, "accept").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.counterpart.accepts[0]").isEqualTo("GRAVEL")
                .jsonPath("$.counterpart.municipality").isEqualTo("Melhus")
                .jsonPath("$.counterpart.location.coordinates[0]").isEqualTo(10.28)
                .jsonPath("$.counterpart.location.coordinates[1]").isEqualTo(63.29)
                .jsonPath("$.counterpart.company").doesNotExist();
        api.as(sides.supplier()).get().uri("/api/v1/proposals").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].counterpart.company").doesNotExist();

        answer(sides.receiver(), proposal, "accept").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.counterpart.company.name").isEqualTo("Leverandør AS")
                .jsonPath("$.counterpart.company.contactEmail").isEqualTo("post@example.no")
                .jsonPath("$.counterpart.location.coordinates[0]").isEqualTo(10.3937)
                .jsonPath("$.counterpart.location.coordinates[1]").isEqualTo(63.4312);
        api.as(sides.supplier()).get().uri("/api/v1/proposals/{id}", proposal).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.counterpart.company.id").isEqualTo(sides.receiverCompany().toString());
    }

    @Test
    void aCompanyOwningBothListingsMakesADealAtOnce() {
        UUID company = api.createCompany("Begge Sider AS");
        String member = api.memberToken(company);
        UUID supply = fixture.supply(company, 40);
        UUID demand = fixture.demand(company, 40);
        UUID proposal = proposals.propose(supply, demand, 40);

        answer(member, proposal, "accept").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DEAL").jsonPath("$.side").isEqualTo("BOTH");
        assertThat(fixture.supplyRow(supply).status()).isEqualTo("MATCHED");
        assertThat(fixture.demandRow(demand).status()).isEqualTo("MATCHED");
        assertThat(fixture.demandRow(demand).reservedTonnes()).isEqualTo(40.0);
    }

    @Test
    void acceptingAgainWhatTheSideAlreadyAcceptedChangesNothing() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);
        answer(sides.supplier(), proposal, "accept").expectStatus().isOk();
        long events = fixture.eventCount(proposal);

        answer(sides.supplier(), proposal, "accept").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED_BY_SUPPLIER");
        assertThat(fixture.eventCount(proposal)).isEqualTo(events);
    }

    @Test
    void aProposalWhoseListingWasEditedIsStaleAndCannotBeAccepted() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);
        answer(sides.receiver(), proposal, "accept").expectStatus().isOk();

        fixture.editSupply(sides.supply());

        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.STALE);
        answer(sides.supplier(), proposal, "accept").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("STALE"));
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.STALE);
        assertThat(fixture.supplyRow(sides.supply()).reservedTonnes()).isZero();
        answer(sides.supplier(), proposal, "decline").expectStatus().isEqualTo(409);
    }

    @Test
    void aDeclinedProposalCannotBeAccepted() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);
        answer(sides.supplier(), proposal, "accept").expectStatus().isOk();

        answer(sides.receiver(), proposal, "decline").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("DECLINED")
                .jsonPath("$.counterpart.company").doesNotExist();
        answer(sides.receiver(), proposal, "accept").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("DECLINED"));
        answer(sides.supplier(), proposal, "accept").expectStatus().isEqualTo(409);
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.DECLINED);
        assertThat(fixture.demandRow(sides.demand()).reservedTonnes()).isZero();
    }

    @Test
    void aDealCannotBeDeclined() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);
        answer(sides.supplier(), proposal, "accept").expectStatus().isOk();
        answer(sides.receiver(), proposal, "accept").expectStatus().isOk();

        answer(sides.receiver(), proposal, "decline").expectStatus().isEqualTo(409);
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.DEAL);
    }

    @Test
    void refusesADealWhenTheSupplyNoLongerHasTheTonnesAndChangesNothing() {
        Sides sides = sides(100, 80);
        UUID secondReceiverCompany = api.createCompany("Andre Mottaker AS");
        String secondReceiver = api.memberToken(secondReceiverCompany);
        UUID secondDemand = fixture.demand(secondReceiverCompany, 80);
        List<UUID> published = proposals.proposeTogether(new Match(sides.supply(), sides.demand(), 80),
                new Match(sides.supply(), secondDemand, 80));
        UUID first = published.get(0);
        UUID second = published.get(1);
        answer(secondReceiver, second, "accept").expectStatus().isOk();
        answer(sides.supplier(), first, "accept").expectStatus().isOk();
        answer(sides.receiver(), first, "accept").expectStatus().isOk();
        long events = fixture.eventCount(second);

        answer(sides.supplier(), second, "accept").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("supply " + sides.supply()
                        + " has 20 t left of 100 t; the proposal needs 80 t");

        assertThat(fixture.state(second)).isEqualTo(ProposalState.ACCEPTED_BY_RECEIVER);
        assertThat(fixture.eventCount(second)).isEqualTo(events);
        assertThat(fixture.supplyRow(sides.supply()).reservedTonnes()).isEqualTo(80.0);
        assertThat(fixture.demandRow(secondDemand).reservedTonnes()).isZero();
    }

    @Test
    void eventsRecordWhoChangedWhatAndWhenWithoutNamingTheCounterpartToMembers() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);
        answer(sides.supplier(), proposal, "accept").expectStatus().isOk();
        answer(sides.receiver(), proposal, "accept").expectStatus().isOk();

        api.as(sides.supplier()).get().uri("/api/v1/proposals/{id}/events", proposal).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[0].fromState").doesNotExist()
                .jsonPath("$.items[0].toState").isEqualTo("OPEN")
                .jsonPath("$.items[0].actor").isEqualTo("PLANNER")
                .jsonPath("$.items[1].fromState").isEqualTo("OPEN")
                .jsonPath("$.items[1].toState").isEqualTo("ACCEPTED_BY_SUPPLIER")
                .jsonPath("$.items[1].actor").isEqualTo("SUPPLIER")
                .jsonPath("$.items[2].toState").isEqualTo("DEAL")
                .jsonPath("$.items[2].actor").isEqualTo("RECEIVER")
                .jsonPath("$.items[2].at").isNotEmpty()
                .jsonPath("$.items[2].actorCompanyId").doesNotExist()
                .jsonPath("$.items[2].actorTokenId").doesNotExist();
        api.as(planner).get().uri("/api/v1/proposals/{id}/events", proposal).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[2].actorCompanyId").isEqualTo(sides.receiverCompany().toString())
                .jsonPath("$.items[2].actorTokenId").isNotEmpty()
                .jsonPath("$.items[2].reason").isEqualTo("both sides accepted; 100 t reserved");
    }

    @Test
    void aMemberOfAnUnrelatedCompanyCannotSeeOrAnswerAProposal() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);
        String stranger = api.memberToken(api.createCompany("Utenforstående AS"));
        long events = fixture.eventCount(proposal);

        api.as(stranger).get().uri("/api/v1/proposals/{id}", proposal).exchange().expectStatus().isNotFound();
        api.as(stranger).get().uri("/api/v1/proposals/{id}/events", proposal).exchange().expectStatus().isNotFound();
        api.as(stranger).get().uri("/api/v1/proposals").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        answer(stranger, proposal, "accept").expectStatus().isNotFound();
        answer(stranger, proposal, "decline").expectStatus().isNotFound();

        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.OPEN);
        assertThat(fixture.eventCount(proposal)).isEqualTo(events);
    }

    @Test
    void plannersAndAdminsReadEveryProposalButCannotAnswerForTheCompanies() {
        Sides sides = sides(100, 100);
        UUID proposal = proposals.propose(sides.supply(), sides.demand(), 100);

        for (String token : List.of(planner, TestApi.ADMIN_TOKEN)) {
            api.as(token).get().uri("/api/v1/proposals/{id}", proposal).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.state").isEqualTo("OPEN").jsonPath("$.counterpart").doesNotExist();
            answer(token, proposal, "accept").expectStatus().isForbidden();
            answer(token, proposal, "decline").expectStatus().isForbidden();
        }
        assertThat(fixture.state(proposal)).isEqualTo(ProposalState.OPEN);
        assertThat(fixture.eventCount(proposal)).isEqualTo(1);
    }

    @Test
    void aMemberListsOnlyTheProposalsTouchingItsListings() {
        Sides sides = sides(100, 100);
        UUID own = proposals.propose(sides.supply(), sides.demand(), 100);
        Sides others = sides(100, 100);
        proposals.propose(others.supply(), others.demand(), 100);

        api.as(sides.receiver()).get().uri("/api/v1/proposals").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(own.toString())
                .jsonPath("$.items[0].side").isEqualTo("RECEIVER")
                .jsonPath("$.next").doesNotExist();
    }

    @Test
    void aLaterPublicationSupersedesTheUndecidedOffersOnTheSameListingsButNotTheDeals() {
        Sides sides = sides(100, 100);
        UUID otherSupply = fixture.supply(sides.supplierCompany(), 50);
        UUID otherDemand = fixture.demand(sides.receiverCompany(), 50);
        List<UUID> earlier = proposals.proposeTogether(new Match(sides.supply(), sides.demand(), 100),
                new Match(otherSupply, otherDemand, 50));
        answer(sides.supplier(), earlier.get(0), "accept").expectStatus().isOk();
        answer(sides.receiver(), earlier.get(0), "accept").expectStatus().isOk();
        answer(sides.receiver(), earlier.get(1), "accept").expectStatus().isOk();

        UUID later = proposals.proposeTogether(new Match(otherSupply, otherDemand, 50)).get(0);

        assertThat(fixture.state(earlier.get(0))).isEqualTo(ProposalState.DEAL);
        assertThat(fixture.state(earlier.get(1))).isEqualTo(ProposalState.SUPERSEDED);
        List<Map<String, Object>> events = items(json(api.as(sides.receiver()).get()
                .uri("/api/v1/proposals/{id}/events", earlier.get(1)).exchange().expectStatus().isOk()));
        assertThat(events.get(events.size() - 1)).containsEntry("fromState", "ACCEPTED_BY_RECEIVER")
                .containsEntry("toState", "SUPERSEDED").containsEntry("actor", "PLANNER");
        assertThat(items(json(api.as(sides.supplier()).get().uri("/api/v1/proposals?state=OPEN").exchange()
                .expectStatus().isOk()))).as("one offer for the listing, the latest")
                .extracting(item -> item.get("id")).containsExactly(later.toString());
        answer(sides.receiver(), earlier.get(1), "accept").expectStatus().isEqualTo(409);
    }

    @Test
    void filtersByStateAndScenarioAndPages() {
        Sides sides = sides(300, 300);
        UUID secondDemand = fixture.demand(sides.receiverCompany(), 100);
        UUID thirdDemand = fixture.demand(sides.receiverCompany(), 100);
        UUID scenario = fixture.solvedScenario(new Match(sides.supply(), sides.demand(), 100),
                new Match(sides.supply(), secondDemand, 100), new Match(sides.supply(), thirdDemand, 100));
        proposals.publish(scenario);
        Map<String, Object> first = json(api.as(planner).get()
                .uri("/api/v1/proposals?scenarioId={id}&limit=2", scenario).exchange().expectStatus().isOk());
        assertThat(items(first)).hasSize(2);
        UUID declined = UUID.fromString((String) items(first).get(0).get("id"));
        answer(sides.supplier(), declined, "decline").expectStatus().isOk();

        api.as(planner).get().uri("/api/v1/proposals?scenarioId={id}&limit=2&cursor={next}", scenario,
                        first.get("next")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.next").doesNotExist();
        api.as(sides.supplier()).get().uri("/api/v1/proposals?scenarioId={id}&state=DECLINED", scenario).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(declined.toString());
        api.as(planner).get().uri("/api/v1/proposals?scenarioId={id}&state=OPEN", scenario).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2);
    }

    @Test
    void refusesAnUnknownStateFilterAndABadLimit() {
        api.as(planner).get().uri("/api/v1/proposals?state=MAYBE").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("state");
        api.as(planner).get().uri("/api/v1/proposals?limit=0").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("limit");
    }

    @Test
    void everyProposalCallNeedsAToken() {
        client.get().uri("/api/v1/proposals").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/v1/proposals/{id}/accept", UUID.randomUUID()).exchange()
                .expectStatus().isUnauthorized();
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
