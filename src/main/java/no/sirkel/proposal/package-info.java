/**
 * Proposals: A scenario's matches offered to the companies as proposals, their answers and deals; asks scenario for a
 * plan's matches, listing for locks, reservations and summaries, and stales its proposals when listing announces a
 * change.
 *
 * <p>Owns the tables {@code proposal}, {@code proposal_event}.
 */
@ApplicationModule(displayName = "Proposals", allowedDependencies = {"facility", "geo", "listing", "scenario", "security", "web"})
package no.sirkel.proposal;

import org.springframework.modulith.ApplicationModule;
