package no.sirkel.proposal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import no.sirkel.facility.HubChangeListener;
import no.sirkel.listing.ListingChangeListener;
import no.sirkel.listing.ListingChanged;
import reactor.core.publisher.Mono;

/**
 * A listing edited, closed or used up makes its undecided proposals {@code STALE}, whoever changed it: the proposals
 * were judged against the listing as it was; so does a storage hub that offers less than it did (see
 * {@link HubChangeListener}) to the proposals of its legs. Runs in the transaction of the change, which holds the
 * listing's (or hub's) row, and then locks the proposals in id order: the lock order {@link ProposalAnswers} follows.
 */
@Component
class ProposalStaling implements ListingChangeListener, HubChangeListener {

    private final ProposalRepository proposals;

    ProposalStaling(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public Mono<Void> listingChanged(ListingChanged event) {
        return proposals.closeUndecided("p.supply_id = :listing or p.demand_id = :listing",
                Map.of("listing", event.listingId()), ProposalState.STALE, null,
                "listing " + event.listingId() + " changed since the proposal was published");
    }

    /** A hub that offers less than it did makes the undecided proposals of its legs {@code STALE}. */
    @Override
    public Mono<Void> hubChanged(UUID hubId, String why) {
        return proposals.closeUndecided("p.hub_id = :hub", Map.of("hub", hubId), ProposalState.STALE, null,
                "hub " + hubId + " changed since the proposal was published: " + why);
    }
}
