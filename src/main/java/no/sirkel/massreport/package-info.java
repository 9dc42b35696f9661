/**
 * Mass reports: A site's listings, deals, deliveries and masses outside Sirkel with their totals, as PDF or CSV; built
 * only from the public APIs of listing, proposal, delivery, site and material.
 *
 * <p>Owns no table.
 */
@ApplicationModule(displayName = "Mass reports",
        allowedDependencies = {"delivery", "listing", "material", "proposal", "security", "site", "web"})
package no.sirkel.massreport;

import org.springframework.modulith.ApplicationModule;
