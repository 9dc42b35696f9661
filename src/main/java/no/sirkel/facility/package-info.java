/**
 * Facilities: Landfills, quarries and storage hubs; other features read active facilities through FacilityService.
 *
 * <p>Owns the table {@code facility}.
 */
@ApplicationModule(displayName = "Facilities", allowedDependencies = {"geo", "material", "security", "web"})
package no.sirkel.facility;

import org.springframework.modulith.ApplicationModule;
