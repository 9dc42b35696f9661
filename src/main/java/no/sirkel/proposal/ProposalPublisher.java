package no.sirkel.proposal;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/** Publishes a finished scenario's plan as proposals, once per scenario, all or nothing. */
@Service
class ProposalPublisher {

    private final PublicationRepository publications;
    private final ProposalRepository proposals;
    private final TransactionalOperator transaction;

    ProposalPublisher(PublicationRepository publications, ProposalRepository proposals,
                      TransactionalOperator transaction) {
        this.publications = publications;
        this.proposals = proposals;
        this.transaction = transaction;
    }

    Mono<Publication> publish(UUID scenarioId, Caller caller) {
        caller.requireRole(Role.PLANNER, Role.ADMIN);
        Mono<Long> publishing = publications.lockScenario(scenarioId)
                .switchIfEmpty(Mono.error(ApiException.notFound("scenario", scenarioId)))
                .flatMap(scenario -> {
                    scenario.requirePublishable();
                    return publications.isPublished(scenarioId)
                            .flatMap(published -> published
                                    ? Mono.error(Conflicts.conflict("scenario " + scenarioId + " is already published"))
                                    : publications.lockListings(scenarioId)
                                            .then(publications.insertProposals(scenarioId, caller.tokenId())))
                            .map(created -> scenario.matches() - created);
                });
        return transaction.transactional(publishing)
                .flatMap(skipped -> proposals.find(null, null, scenarioId, null, Integer.MAX_VALUE)
                        .map(row -> ProposalView.of(row, caller))
                        .collectList()
                        .map(items -> Publication.of(scenarioId, skipped.intValue(), items)));
    }
}
