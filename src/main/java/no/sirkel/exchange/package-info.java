/**
 * Bulk import of sites and listings (CSV, XLSX, GeoJSON; a dry run, all rows or none) and export of listings. Owns no
 * table: it writes through {@code SiteDirectory} and {@code Listings} and reads companies' names through
 * {@code CompanyNames}. {@code ListingRows} and {@code Located} are also what {@code ogc} shows of a listing.
 */
@ApplicationModule(displayName = "Import and export", allowedDependencies = {"company", "geo", "listing", "material",
        "security", "site", "web"})
package no.sirkel.exchange;

import org.springframework.modulith.ApplicationModule;
