package no.sirkel.site;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.site.SiteRepository.SiteFields;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Replaces a site's fields and tells every {@link SiteMoveListener} where the site now stands, all in one transaction:
 * a copy of the location is never seen apart from the site's own. The listeners are told on every replacement, not only
 * where the location differs from what the caller read before: a concurrent move may have changed it in between, and
 * the site's row lock orders the two.
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
    Mono<Site> replace(UUID id, SiteFields fields) {
        return transaction.transactional(sites.update(id, fields).flatMap(replaced ->
                Flux.fromStream(listeners.orderedStream())
                        .concatMap(listener -> listener.siteMoved(replaced.id(), replaced.location()))
                        .then(Mono.just(replaced))));
    }
}
