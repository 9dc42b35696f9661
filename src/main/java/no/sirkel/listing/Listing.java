package no.sirkel.listing;

import java.time.Instant;
import java.util.UUID;

import no.sirkel.geo.GeoJsonPoint;

/** What the service needs to know of any listing, supply or demand, to decide who may see and change it. */
interface Listing {

    UUID id();

    UUID siteId();

    UUID companyId();

    ListingStatus status();

    int version();

    /** When it was created, to the microsecond: listings are paged newest first. */
    Instant createdAt();

    /** The site's location, WGS84. */
    GeoJsonPoint location();
}
