package no.sirkel.proposal;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import no.sirkel.listing.Listings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads proposals together with their listings, which the listing feature describes. */
@Component
class Proposals {

    private final ProposalRepository proposals;
    private final Listings listings;

    Proposals(ProposalRepository proposals, Listings listings) {
        this.proposals = proposals;
        this.listings = listings;
    }

    Mono<ProposalRow> findById(UUID id) {
        return proposals.findById(id).flatMap(found -> withListings(List.of(found))).map(rows -> rows.get(0));
    }

    /** As {@link ProposalRepository#find}, with the listings. */
    Flux<ProposalRow> find(UUID company, ProposalState state, UUID scenarioId, UUID after, int limit) {
        return proposals.find(company, state, scenarioId, after, limit).collectList()
                .flatMap(this::withListings).flatMapIterable(rows -> rows);
    }

    Flux<ProposalEventRow> events(UUID proposalId) {
        return proposals.events(proposalId);
    }

    private Mono<List<ProposalRow>> withListings(List<StoredProposal> found) {
        List<UUID> ids = found.stream()
                .flatMap(proposal -> Stream.of(proposal.supply().listingId(), proposal.demand().listingId()))
                .distinct().toList();
        return listings.summaries(ids)
                .map(summaries -> found.stream().map(proposal -> ProposalRow.of(proposal, summaries)).toList());
    }
}
