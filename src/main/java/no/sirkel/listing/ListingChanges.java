package no.sirkel.listing;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Announces {@link ListingChanged} to every {@link ListingChangeListener}, in the transaction of the change. */
@Component
class ListingChanges {

    private final ObjectProvider<ListingChangeListener> listeners;
    private final TransactionalOperator transaction;

    ListingChanges(ObjectProvider<ListingChangeListener> listeners, TransactionalOperator transaction) {
        this.listeners = listeners;
        this.transaction = transaction;
    }

    /** Runs the write and announces the change of listing {@code id}, all in one transaction. */
    <T> Mono<T> announcing(UUID id, Mono<T> write) {
        return transaction.transactional(write.flatMap(written -> announce(id).thenReturn(written)));
    }

    /** Announces the change within the caller's transaction. */
    Mono<Void> announce(UUID id) {
        ListingChanged event = new ListingChanged(id);
        return Flux.fromStream(listeners.orderedStream()).concatMap(listener -> listener.listingChanged(event))
                .then();
    }
}
