package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

import no.sirkel.security.Caller;
import no.sirkel.security.Role;

/**
 * One state change of a proposal: when, from what to what, by whom and why. {@code actor} names the role that caused
 * it ({@code SUPPLIER}, {@code RECEIVER}, {@code PLANNER}, {@code ADMIN}, or {@code SYSTEM} for a listing change the
 * database noticed); planners and admins also see the token and company, members never do (they could name the
 * counterpart before a deal).
 *
 * @param fromState null for the publication that created the proposal
 */
record ProposalEventView(long id, OffsetDateTime at, ProposalState fromState, ProposalState toState, String actor,
                         UUID actorTokenId, UUID actorCompanyId, String reason) {

    static ProposalEventView of(ProposalEventRow event, ProposalRow proposal, Caller caller) {
        boolean showIdentity = caller.role() != Role.MEMBER;
        return new ProposalEventView(event.id(), event.at(), event.fromState(), event.toState(),
                actor(event, proposal), showIdentity ? event.actorToken() : null,
                showIdentity ? event.actorCompany() : null, event.reason());
    }

    private static String actor(ProposalEventRow event, ProposalRow proposal) {
        if (event.actorToken() == null) {
            return "SYSTEM";
        }
        if (event.actorCompany() == null) {
            return event.actorRole().name();
        }
        return proposal.sideOf(event.actorCompany()).name();
    }
}
