package no.sirkel.proposal;

import org.springframework.r2dbc.core.DatabaseClient;
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

    private final DatabaseClient db;

    ProposalStaling(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> listingChanged(ListingChanged event) {
        return db.sql("""
                        with undecided as (
                            select p.id, p.state from proposal p
                            where (p.supply_id = :listing or p.demand_id = :listing)
                              and p.state in ('OPEN', 'ACCEPTED_BY_SUPPLIER', 'ACCEPTED_BY_RECEIVER')
                            order by p.id
                            for update
                        ), stale as (
                            update proposal p set state = 'STALE', version = p.version + 1, updated_at = now()
                            from undecided u where p.id = u.id
                            returning p.id, u.state as from_state
                        )
                        insert into proposal_event (proposal_id, from_state, to_state, reason)
                        select id, from_state, 'STALE',
                               'listing ' || :listing::text || ' changed since the proposal was published'
                        from stale""")
                .bind("listing", event.listingId())
                .then();
    }
}
