package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

import no.sirkel.security.Caller;
import no.sirkel.security.Role;

/**
 * A proposal as the proposal table holds it: the plan's figures for the leg (tonnes, road km, NOK, kg CO2), the
 * material moved (as a hub stores it on a hub leg) and, for each side, its listing (null for the hub's side of a hub
 * leg) and its company (null for the hub's side where the region runs the hub).
 *
 * @param hubId              the storage hub of a hub leg; null for a match
 * @param contaminationClass the material's class 1..5, or null where it has none
 */
record StoredProposal(UUID id, UUID scenarioId, ProposalKind kind, UUID hubId, String material,
                      Integer contaminationClass, double tonnes, double km, double cost, double co2Kg,
                      ProposalState state, OffsetDateTime createdAt, OffsetDateTime updatedAt, Party supplier,
                      Party receiver) {

    /** One side: its listing and the company owning it, with the company's name and contact address. */
    record Party(UUID listingId, UUID companyId, String companyName, String contactEmail) {
    }

    /** The side the company is on, or null where it is on neither. */
    Side sideOf(UUID company) {
        return Side.of(company, supplier.companyId(), receiver.companyId());
    }

    /**
     * The side a caller answers for: a member its company's; a planner or admin the hub's side of a leg whose hub the
     * region runs; null where the caller is on neither side.
     */
    Side answeringSide(Caller caller) {
        if (caller.role() == Role.MEMBER) {
            return sideOf(caller.companyId());
        }
        return regionSide();
    }

    /** The hub's side of a leg whose hub has no operating company (the region runs it); null otherwise. */
    Side regionSide() {
        if (kind == ProposalKind.TO_HUB && receiver.companyId() == null) {
            return Side.RECEIVER;
        }
        return kind == ProposalKind.FROM_HUB && supplier.companyId() == null ? Side.SUPPLIER : null;
    }
}
