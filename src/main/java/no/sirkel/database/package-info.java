/**
 * Database: The embedded PostgreSQL, the database environment, and the committed changes its triggers announce
 * ({@code ChangeAnnouncements}, with {@code ChangeAwareCache} for features that keep rows they read); owns no table of
 * its own (Flyway applies the migrations).
 */
@ApplicationModule(displayName = "Database", allowedDependencies = {})
package no.sirkel.database;

import org.springframework.modulith.ApplicationModule;
