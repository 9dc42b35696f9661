/**
 * Facilities: Landfills, quarries and storage hubs; other features read active facilities through FacilityService.
 *
 * <p>Owns the tables {@code facility} and {@code hub_reservation} (hub space and stock that deals have promised).
 */
@ApplicationModule(displayName = "Facilities", allowedDependencies = {"geo", "material", "security", "web"})
package no.sirkel.facility;

import org.springframework.modulith.ApplicationModule;
