/**
 * Materials: The materials catalogue and the European List of Waste codes.
 *
 * <p>Owns the tables {@code material}, {@code ewc_code}.
 */
@ApplicationModule(displayName = "Materials", allowedDependencies = {"security", "web"})
package no.sirkel.material;

import org.springframework.modulith.ApplicationModule;
