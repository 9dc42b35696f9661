/**
 * OGC API Features at {@code /ogc} (Part 1 Core with GeoJSON, Part 2 CRS): supplies, demands, facilities and each
 * planned scenario's flows as collections. Owns no table: it reads through {@code Listings}, {@code FacilityService}
 * and {@code ScenarioPlans}, under the API's own rules for the caller.
 */
@ApplicationModule(displayName = "OGC API Features", allowedDependencies = {"exchange", "facility", "geo", "listing",
        "material", "scenario", "security", "web"})
package no.sirkel.ogc;

import org.springframework.modulith.ApplicationModule;
