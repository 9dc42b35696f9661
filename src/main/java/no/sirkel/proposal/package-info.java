/**
 * Proposals: A scenario's matches and hub legs offered to the companies as proposals, their answers and deals; asks
 * scenario for a plan's legs, listing for locks, reservations and summaries, facility for hubs and their space, and
 * stales its proposals when listing announces a change.
 *
 * <p>Owns the tables {@code proposal}, {@code proposal_event}, {@code proposal_period}.
 */
@ApplicationModule(displayName = "Proposals", allowedDependencies = {"facility", "geo", "listing", "scenario", "security", "web"})
package no.sirkel.proposal;

import org.springframework.modulith.ApplicationModule;
