/**
 * Database: The embedded PostgreSQL and the database environment; owns no table of its own (Flyway applies the
 * migrations).
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package no.sirkel.database;

import org.springframework.modulith.ApplicationModule;
