package no.sirkel.listing;

import reactor.core.publisher.Mono;

/**
 * Another feature's reaction to {@link ListingChanged}. It runs in the transaction of the change, so what it writes
 * commits or rolls back with the change; it must lock nothing that a holder of its own rows could be waiting for a
 * listing with (rows are locked listing first, then what refers to it).
 */
public interface ListingChangeListener {

    Mono<Void> listingChanged(ListingChanged event);
}
