package no.sirkel.proposal;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import no.sirkel.facility.Facility;
import no.sirkel.facility.FacilityService;
import no.sirkel.listing.Listings;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads proposals together with their listings, which the listing feature describes, their hubs, which the facility
 * feature describes, and their schedules.
 */
@Component
class Proposals {

    private final ProposalRepository proposals;
    private final Listings listings;
    private final FacilityService facilities;

    Proposals(ProposalRepository proposals, Listings listings, FacilityService facilities) {
        this.proposals = proposals;
        this.listings = listings;
        this.facilities = facilities;
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
        List<UUID> listingIds = found.stream()
                .flatMap(proposal -> Stream.of(proposal.supplier().listingId(), proposal.receiver().listingId()))
                .filter(Objects::nonNull).distinct().toList();
        List<UUID> hubIds = found.stream().map(StoredProposal::hubId).filter(Objects::nonNull).distinct().toList();
        return Mono.zip(listings.summaries(listingIds),
                        facilities.findAll(hubIds).collectMap(Facility::id, Function.identity()),
                        proposals.schedules(found.stream().map(StoredProposal::id).toList()))
                .map(parts -> found.stream().map(proposal -> ProposalRow.of(proposal, parts.getT1(), parts.getT2(),
                        parts.getT3())).toList());
    }
}
