package no.sirkel.site;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.site.SiteRepository.SiteFields;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Changes a site's row. A replacement of its fields tells every {@link SiteMoveListener} where the site now stands, in
 * the same transaction: a copy of the location is never seen apart from the site's own. The listeners are told on
 * every replacement, not only where the location differs from what the caller read before: a concurrent move may have
 * changed it in between, and the site's row lock orders the two. Once a change has committed, {@link SiteCache} drops
 * the site, so that this instance's next answer shows the change.
 */
@Component
class SiteChanges {

    private final SiteRepository sites;
    private final SiteCache cache;
    private final ObjectProvider<SiteMoveListener> listeners;
    private final TransactionalOperator transaction;

    SiteChanges(SiteRepository sites, SiteCache cache, ObjectProvider<SiteMoveListener> listeners,
                TransactionalOperator transaction) {
        this.sites = sites;
        this.cache = cache;
        this.listeners = listeners;
        this.transaction = transaction;
    }

    /** The site as replaced; empty where it was deleted meanwhile. */
    Mono<Site> replace(UUID id, SiteFields fields) {
        return transaction.transactional(sites.update(id, fields).flatMap(replaced ->
                Flux.fromStream(listeners.orderedStream())
                        .concatMap(listener -> listener.siteMoved(replaced.id(), replaced.location()))
                        .then(Mono.just(replaced))))
                .doOnSuccess(replaced -> cache.forget(id));
    }

    /**
     * Marks the site deleted ({@link SiteRepository#markDeleted}).
     *
     * @return false where it was deleted already
     */
    Mono<Boolean> delete(UUID id) {
        return sites.markDeleted(id).doOnSuccess(deleted -> cache.forget(id));
    }
}
