package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

import no.sirkel.security.Role;

/** A stored state change; the actor's token, role and company are null where the database itself made the change. */
record ProposalEventRow(long id, OffsetDateTime at, ProposalState fromState, ProposalState toState, UUID actorToken,
                        Role actorRole, UUID actorCompany, String reason) {
}
