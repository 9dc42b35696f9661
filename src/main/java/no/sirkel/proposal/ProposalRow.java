package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A proposal as stored, with both of its listings. Tonnes, km (road), cost (NOK, transport plus fixed) and CO2 (kg)
 * are the plan's figures for the match.
 */
record ProposalRow(UUID id, UUID scenarioId, double tonnes, double km, double cost, double co2Kg,
                   ProposalState state, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                   ListingParty supply, ListingParty demand) {

    /** The side the company is on, or null where it owns neither listing. */
    Side sideOf(UUID company) {
        return Side.of(company, supply.companyId(), demand.companyId());
    }
}
