package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import no.sirkel.listing.Listings;

/**
 * A proposal with both of its listings. Tonnes, km (road), cost (NOK, transport plus fixed) and CO2 (kg) are the
 * plan's figures for the match.
 */
record ProposalRow(UUID id, UUID scenarioId, double tonnes, double km, double cost, double co2Kg,
                   ProposalState state, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                   ListingParty supply, ListingParty demand) {

    static ProposalRow of(StoredProposal stored, Map<UUID, Listings.Summary> listings) {
        return new ProposalRow(stored.id(), stored.scenarioId(), stored.tonnes(), stored.km(), stored.cost(),
                stored.co2Kg(), stored.state(), stored.createdAt(), stored.updatedAt(),
                ListingParty.of(stored.supply(), listings.get(stored.supply().listingId())),
                ListingParty.of(stored.demand(), listings.get(stored.demand().listingId())));
    }

    /** The side the company is on, or null where it owns neither listing. */
    Side sideOf(UUID company) {
        return Side.of(company, supply.companyId(), demand.companyId());
    }
}
