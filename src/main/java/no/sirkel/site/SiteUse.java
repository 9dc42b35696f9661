package no.sirkel.site;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Another feature's answer to whether something of its own still uses a site (listings that are not closed, for
 * instance), so that the site may not be deleted. Every bean of this type is asked.
 */
public interface SiteUse {

    Mono<Boolean> inUse(UUID siteId);
}
