package no.sirkel.site;

import java.util.UUID;

import no.sirkel.geo.GeoPoint;
import reactor.core.publisher.Mono;

/**
 * Another feature's part in moving a site: told in the transaction that changes the site's location, so that whatever
 * keeps a copy of the location (listings do, for fast area searches) moves with it. Every bean of this type is told.
 */
public interface SiteMoveListener {

    /** The site now stands at {@code location} (WGS84), which may be where it stood before. */
    Mono<Void> siteMoved(UUID siteId, GeoPoint location);
}
