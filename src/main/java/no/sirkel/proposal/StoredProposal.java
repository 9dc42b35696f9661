package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A proposal as the proposal table holds it: the plan's figures for the match (tonnes, road km, NOK, kg CO2) and, for
 * each side, the listing and its company.
 */
record StoredProposal(UUID id, UUID scenarioId, double tonnes, double km, double cost, double co2Kg,
                      ProposalState state, OffsetDateTime createdAt, OffsetDateTime updatedAt, Party supply,
                      Party demand) {

    /** One side: its listing and the company owning it, with the company's name and contact address. */
    record Party(UUID listingId, UUID companyId, String companyName, String contactEmail) {
    }

    /** The side the company is on, or null where it owns neither listing. */
    Side sideOf(UUID company) {
        return Side.of(company, supply.companyId(), demand.companyId());
    }
}
