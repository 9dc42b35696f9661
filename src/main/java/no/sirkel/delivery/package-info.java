/**
 * Deliveries: What arrived under a deal (recorded by the receiving side, disputed by the supplying side) and the masses
 * firms moved outside Sirkel; other features read them through DeliveryFacts, DealProgress and Emissions. Asks
 * proposal for the deals, site for a site's company and material for the catalogue.
 *
 * <p>Owns the tables {@code delivery}, {@code delivery_event}, {@code outside_delivery}.
 */
@ApplicationModule(displayName = "Deliveries",
        allowedDependencies = {"listing", "material", "proposal", "security", "site", "web"})
package no.sirkel.delivery;

import org.springframework.modulith.ApplicationModule;
