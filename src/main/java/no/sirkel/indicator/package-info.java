/**
 * Open indicators: The region's monthly results (reuse, landfill, CO2 against a baseline, activity, on-time share)
 * computed from the facts of delivery, proposal, listing, site and facility, and the targets admins set.
 *
 * <p>Owns the tables {@code indicator_target}, {@code indicator_target_event}.
 */
@ApplicationModule(displayName = "Open indicators",
        allowedDependencies = {"delivery", "facility", "geo", "listing", "proposal", "security", "site", "web"})
package no.sirkel.indicator;

import org.springframework.modulith.ApplicationModule;
