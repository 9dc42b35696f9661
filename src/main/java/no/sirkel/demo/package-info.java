/**
 * Demo data: Loads the Trondheim demo data set into an empty database, through the HTTP API like any client.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = {"security"})
package no.sirkel.demo;

import org.springframework.modulith.ApplicationModule;
