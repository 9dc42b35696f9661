package no.sirkel.site;

import java.util.Collection;
import java.util.UUID;

import no.sirkel.database.ChangeAnnouncements;
import no.sirkel.database.ChangeAwareCache;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Live sites read lately, by id, kept until a change of theirs commits ({@link ChangeAwareCache}): GIS features,
 * exports and plans name the sites of every listing they show. Every update of a site's row (a move, a rename, a
 * deletion) is announced on channel {@value #CHANNEL} with the site's id.
 */
@Component
class SiteCache {

    static final String CHANNEL = "site_changed";

    /** Sites kept at most; 20,000 sites of about 400 bytes each take some 8 MB. */
    private static final int MAX_ENTRIES = 20_000;

    private final SiteRepository sites;
    private final ChangeAwareCache<UUID, Site> byId;

    SiteCache(SiteRepository sites, ChangeAnnouncements announcements) {
        this.sites = sites;
        this.byId = new ChangeAwareCache<>(announcements, CHANNEL, MAX_ENTRIES, Site::id);
    }

    /** The live sites among the ids, in no particular order. */
    Flux<Site> findByIds(Collection<UUID> ids) {
        return byId.getAll(ids, sites::findByIds, Site::id).flatMapIterable(found -> found.values());
    }

    /** Drops the site, here at once: its change through this instance has committed. */
    void forget(UUID siteId) {
        byId.forget(site -> site.id().equals(siteId));
    }
}
