package no.sirkel.proposal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.listing.Listings;
import no.sirkel.scenario.ScenarioPlans;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/**
 * Publishes a finished scenario's plan as proposals, once per scenario, all or nothing. In one transaction: the
 * scenario's row is locked (two publications of one scenario run one after the other), then the plan's listings are
 * share-locked (supplies, then demands, each by id: the order deals lock them in), so that an edit cannot slip between
 * judging a listing unchanged and the new proposals becoming visible to the staling the edit causes: the edit waits
 * for this transaction, and its staling then sees the proposals.
 */
@Service
class ProposalPublisher {

    private final ScenarioPlans plans;
    private final Listings listings;
    private final PublicationRepository publications;
    private final Proposals proposals;
    private final TransactionalOperator transaction;

    ProposalPublisher(ScenarioPlans plans, Listings listings, PublicationRepository publications, Proposals proposals,
                      TransactionalOperator transaction) {
        this.plans = plans;
        this.listings = listings;
        this.publications = publications;
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
                                    ? Mono.error(Conflicts.conflict("scenario " + scenarioId + " is already published"))
                                    : insert(plan, caller))
                            .map(created -> plan.matches().size() - created);
                });
        return transaction.transactional(publishing)
                .flatMap(skipped -> proposals.find(null, null, scenarioId, null, Integer.MAX_VALUE)
                        .map(row -> ProposalView.of(row, caller))
                        .collectList()
                        .map(items -> Publication.of(scenarioId, skipped.intValue(), items)));
    }

    /** One proposal per match whose listings still exist; how many were created. */
    private Mono<Long> insert(ScenarioPlans.PlanMatches plan, Caller caller) {
        return listings.lockForReading(plan.supplyIds(), plan.demandIds()).flatMap(now -> {
            List<PlannedProposal> planned = plan.matches().stream()
                    .map(match -> PlannedProposal.judge(match, plan.listingVersions(), now))
                    .flatMap(Optional::stream)
                    .toList();
            return publications.insert(plan.scenarioId(), caller.tokenId(), planned);
        });
    }

    /** Refuses (409) unless the scenario finished (solved, or stopped early) with a plan. */
    private static void requirePublishable(ScenarioPlans.PlanMatches plan) {
        if (!plan.hasPlan() || !plan.finished()) {
            throw Conflicts.conflict("scenario " + plan.scenarioId() + " is " + plan.status()
                    + (plan.hasPlan() ? "" : " without a plan")
                    + "; only a SOLVED or STOPPED scenario with a plan can be published");
        }
    }
}
