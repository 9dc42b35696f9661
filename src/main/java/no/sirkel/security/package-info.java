/**
 * Security (shared kernel): Bearer tokens, roles and the Caller that controllers take.
 *
 * <p>Owns the table {@code api_token}.
 */
@ApplicationModule(displayName = "Security (shared kernel)", allowedDependencies = {"database", "web"})
package no.sirkel.security;

import org.springframework.modulith.ApplicationModule;
