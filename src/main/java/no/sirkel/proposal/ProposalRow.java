package no.sirkel.proposal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sirkel.facility.Facility;
import no.sirkel.listing.Listings;
import no.sirkel.scenario.ScenarioPlans;

/**
 * A proposal with its sides' listings, its hub and its schedule. Tonnes, km (road), cost (NOK) and CO2 (kg) are the
 * plan's figures for the leg.
 *
 * @param hub      the storage hub of a hub leg; null for a match
 * @param schedule tonnes per period, in period order; empty for a proposal of a plan without periods
 */
record ProposalRow(UUID id, UUID scenarioId, ProposalKind kind, String material, Integer contaminationClass,
                   double tonnes, double km, double cost, double co2Kg, ProposalState state, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt, ListingParty supplier, ListingParty receiver, Facility hub,
                   List<ScenarioPlans.PeriodTonnes> schedule) {

    static ProposalRow of(StoredProposal stored, Map<UUID, Listings.Summary> listings, Map<UUID, Facility> hubs,
                          Map<UUID, List<ScenarioPlans.PeriodTonnes>> schedules) {
        return new ProposalRow(stored.id(), stored.scenarioId(), stored.kind(), stored.material(),
                stored.contaminationClass(), stored.tonnes(), stored.km(), stored.cost(), stored.co2Kg(),
                stored.state(), stored.createdAt(), stored.updatedAt(),
                ListingParty.of(stored.supplier(), listing(listings, stored.supplier())),
                ListingParty.of(stored.receiver(), listing(listings, stored.receiver())),
                stored.hubId() == null ? null : hubs.get(stored.hubId()),
                schedules.getOrDefault(stored.id(), List.of()));
    }

    private static Listings.Summary listing(Map<UUID, Listings.Summary> listings, StoredProposal.Party party) {
        return party.listingId() == null ? null : listings.get(party.listingId());
    }

    /** The side the company is on, or null where it is on neither. */
    Side sideOf(UUID company) {
        return Side.of(company, supplier.companyId(), receiver.companyId());
    }
}
