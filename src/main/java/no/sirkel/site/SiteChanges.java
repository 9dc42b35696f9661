package no.sirkel.site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.site.SiteRepository.SiteFields;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Replaces a site's fields and, where its location changes, tells every {@link SiteMoveListener}, all in one
 * transaction: a copy of the location is never seen apart from the site's own.
 */
@Component
class SiteChanges {

    private final SiteRepository sites;
    private final ObjectProvider<SiteMoveListener> listeners;
    private final TransactionalOperator transaction;

    SiteChanges(SiteRepository sites, ObjectProvider<SiteMoveListener> listeners, TransactionalOperator transaction) {
        this.sites = sites;
        this.listeners = listeners;
        this.transaction = transaction;
    }

    /** The site as replaced; empty where it was deleted meanwhile. */
    Mono<Site> replace(Site current, SiteFields fields) {
        return transaction.transactional(sites.update(current.id(), fields).flatMap(replaced ->
                replaced.location().equals(current.location()) ? Mono.just(replaced)
                        : Flux.fromStream(listeners.orderedStream())
                                .concatMap(listener -> listener.siteMoved(replaced.id(), replaced.location()))
                                .then(Mono.just(replaced))));
    }
}
