/**
 * Listings: Supplies and demands, their search and their candidate search; other features use them only through
 * Listings (locks and reservations that join the caller's transaction, summaries, a snapshot's active listings),
 * ListingChangeListener (a changed listing), SiteUse (open listings hold a site) and SiteMoveListener (listings
 * keep a copy of their site's position, moved with the site).
 *
 * <p>Owns the tables {@code supply}, {@code demand} and {@code listing_reservation} (what deals took of a listing
 * period by period).
 */
@ApplicationModule(displayName = "Listings",
        allowedDependencies = {"facility", "geo", "material", "security", "site", "web"})
package no.sirkel.listing;

import org.springframework.modulith.ApplicationModule;
