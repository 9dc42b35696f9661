package no.sirkel.proposal;

import java.util.Map;

import org.springframework.stereotype.Component;
import no.sirkel.listing.ListingChangeListener;
import no.sirkel.listing.ListingChanged;
import reactor.core.publisher.Mono;

/**
 * A listing edited, closed or used up makes its undecided proposals {@code STALE}, whoever changed it: the proposals
 * were judged against the listing as it was. Runs in the transaction of the change, which holds the listing's row, and
 * then locks the proposals in id order: the lock order {@link ProposalAnswers} follows.
 */
@Component
class ProposalStaling implements ListingChangeListener {

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
}
