package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "One state change of a proposal")
record ProposalEventView(@Schema(description = "The event's number, increasing in the order they happened") long id,
                         @Schema(description = "When it happened (ISO 8601)") OffsetDateTime at,
                         @Schema(description = "The state before; null for the publication that created the proposal")
                         ProposalState fromState,
                         @Schema(description = "The state after") ProposalState toState,
                         @Schema(description = "Who caused it: SUPPLIER, RECEIVER, PLANNER, ADMIN, or SYSTEM for a "
                                 + "listing change the service noticed",
                                 allowableValues = {"SUPPLIER", "RECEIVER", "BOTH", "PLANNER", "ADMIN", "SYSTEM"})
                         String actor,
                         @Schema(description = "The token that caused it (planners and admins only)")
                         UUID actorTokenId,
                         @Schema(description = "The company that caused it (planners and admins only)")
                         UUID actorCompanyId,
                         @Schema(description = "Why, as the actor or the service wrote it") String reason) {

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
