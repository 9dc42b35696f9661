/**
 * Companies: Member companies, registered by admins with their organisation numbers.
 *
 * <p>Owns the table {@code company}.
 */
@ApplicationModule(displayName = "Companies", allowedDependencies = {"database", "security", "web"})
package no.sirkel.company;

import org.springframework.modulith.ApplicationModule;
