package no.sirkel.proposal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.facility.Facility;
import no.sirkel.facility.FacilityService;
import no.sirkel.listing.Listings;
import no.sirkel.scenario.ScenarioPlans;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/**
 * Publishes a finished scenario's plan as proposals, once per scenario, all or nothing: each match, and in a plan over
 * time each leg to or from a registered storage hub, with its schedule. In one transaction: the scenario's row is
 * locked (two publications of one scenario run one after the other), then the plan's listings are share-locked
 * (supplies, then demands, each by id: the order deals lock them in), so that an edit cannot slip between judging a
 * listing unchanged and the new proposals becoming visible to the staling the edit causes: the edit waits for this
 * transaction, and its staling then sees the proposals. Then the undecided proposals of scenarios whose snapshots
 * are older and that touch the same listings are superseded (locked after the listings, as every transaction locks
 * proposals), so that a company never sees two offers for one listing: the newest snapshot's is the offer, whatever
 * the order of publication. Publishing an older scenario after a newer one therefore leaves the newer one's offers
 * alone, and its own proposals on listings that a newer scenario's undecided proposals offer are created and at once
 * superseded (their events say by what).
 */
@Service
class ProposalPublisher {

    private final ScenarioPlans plans;
    private final Listings listings;
    private final FacilityService facilities;
    private final PublicationRepository publications;
    private final ProposalRepository proposalRows;
    private final Proposals proposals;
    private final TransactionalOperator transaction;

    ProposalPublisher(ScenarioPlans plans, Listings listings, FacilityService facilities,
                      PublicationRepository publications, ProposalRepository proposalRows, Proposals proposals,
                      TransactionalOperator transaction) {
        this.plans = plans;
        this.listings = listings;
        this.facilities = facilities;
        this.publications = publications;
        this.proposalRows = proposalRows;
        this.proposals = proposals;
        this.transaction = transaction;
    }

    Mono<Publication> publish(UUID scenarioId, Caller caller) {
        caller.requireRole(Role.PLANNER, Role.ADMIN);
        Mono<Long> publishing = plans.lockForPublication(scenarioId)
                .switchIfEmpty(Mono.error(ApiException.notFound("scenario", scenarioId)))
                .flatMap(plan -> {
                    requirePublishable(plan);
                    return publications.isPublished(scenarioId)
                            .flatMap(published -> published
                                    ? Mono.error(Conflicts.conflict("detail.proposal.alreadyPublished", scenarioId))
                                    : insert(plan, caller))
                            .map(created -> plan.legs().size() - created);
                });
        return transaction.transactional(publishing)
                .flatMap(skipped -> proposals.find(null, null, scenarioId, null, Integer.MAX_VALUE)
                        .map(row -> ProposalView.of(row, caller))
                        .collectList()
                        .map(items -> Publication.of(scenarioId, skipped.intValue(), items)));
    }

    /** One proposal per leg whose listings and hub still exist; how many were created. */
    private Mono<Long> insert(ScenarioPlans.PlanMatches plan, Caller caller) {
        Set<UUID> hubIds = plan.legs().stream().map(ScenarioPlans.Leg::hub).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return listings.lockForReading(plan.supplyIds(), plan.demandIds())
                .zipWith(listings.summaries(plan.supplyIds()))
                .zipWith(facilities.findAll(hubIds).collectMap(Facility::id, Function.identity()))
                .flatMap(found -> {
                    List<PlannedProposal> planned = plan.legs().stream()
                            .map(leg -> PlannedProposal.judge(leg, plan.listingVersions(), found.getT1().getT1(),
                                    found.getT1().getT2(), found.getT2()))
                            .flatMap(Optional::stream)
                            .toList();
                    return proposalRows.closeUndecided("""
                                            p.snapshot_at < :snapshotAt
                                            and (p.supply_id = any(:supplies) or p.demand_id = any(:demands))""",
                                    Map.of("snapshotAt", plan.snapshotAt(),
                                            "supplies", plan.supplyIds().toArray(UUID[]::new),
                                            "demands", plan.demandIds().toArray(UUID[]::new)),
                                    ProposalState.SUPERSEDED, caller.tokenId(),
                                    "superseded by scenario " + plan.scenarioId())
                            .then(publications.insert(plan.scenarioId(), plan.snapshotAt(), caller.tokenId(),
                                    planned))
                            .flatMap(created -> proposalRows.closeUndecided("""
                                            p.scenario_id = :scenario and exists (
                                                select 1 from proposal q
                                                where q.snapshot_at > :snapshotAt
                                                  and q.state in ('OPEN', 'ACCEPTED_BY_SUPPLIER',
                                                                  'ACCEPTED_BY_RECEIVER')
                                                  and (q.supply_id = p.supply_id or q.demand_id = p.demand_id))""",
                                    Map.of("scenario", plan.scenarioId(), "snapshotAt", plan.snapshotAt()),
                                    ProposalState.SUPERSEDED, caller.tokenId(),
                                    "a newer scenario's proposal already offers its listing")
                                    .thenReturn(created));
                });
    }

    /** Refuses (409) unless the scenario finished (solved, or stopped early) with a plan. */
    private static void requirePublishable(ScenarioPlans.PlanMatches plan) {
        if (!plan.hasPlan() || !plan.finished()) {
            throw Conflicts.conflict(plan.hasPlan() ? "detail.proposal.unfinished" : "detail.proposal.withoutPlan",
                    plan.scenarioId(), plan.status());
        }
    }
}
