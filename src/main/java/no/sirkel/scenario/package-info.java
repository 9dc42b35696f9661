/**
 * Scenarios: Snapshots the marketplace into an optimizer problem, solves it in the background and serves the plan;
 * other features read plans only through ScenarioPlans.
 *
 * <p>Owns the table {@code scenario}.
 */
@ApplicationModule(displayName = "Scenarios",
        allowedDependencies = {"company", "facility", "geo", "listing", "material", "security", "site",
                "web"})
package no.sirkel.scenario;

import org.springframework.modulith.ApplicationModule;
