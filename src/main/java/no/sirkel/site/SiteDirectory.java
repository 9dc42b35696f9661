package no.sirkel.site;

import java.util.Collection;
import java.util.UUID;

import no.sirkel.security.Caller;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lets other features look up a site: its owning company (to check who may use it) and its coordinates. Deleted sites
 * are not found.
 */
@Service
public class SiteDirectory {

    private final SiteRepository sites;

    SiteDirectory(SiteRepository sites) {
        this.sites = sites;
    }

    /** The site, or empty where no live site has the id (null included). */
    public Mono<Site> find(UUID siteId) {
        return siteId == null ? Mono.empty() : sites.findById(siteId);
    }

    /** The live sites among the ids that the caller may see ({@link Site#visibleTo}), in no particular order. */
    public Flux<Site> findVisible(Caller caller, Collection<UUID> siteIds) {
        return siteIds.isEmpty() ? Flux.empty() : sites.findByIds(siteIds).filter(site -> site.visibleTo(caller));
    }
}
