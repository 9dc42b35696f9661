package no.sirkel.proposal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import no.sirkel.facility.Facility;
import no.sirkel.listing.ListingStatus;
import no.sirkel.listing.ListingStock;
import no.sirkel.listing.Listings;
import no.sirkel.scenario.ScenarioPlans;

/**
 * A plan's leg about to become a proposal, judged against its listings as they are now.
 *
 * @param supplyId        the supply, or null on a leg from a hub
 * @param demandId        the demand, or null on a leg to a hub
 * @param hubId           the hub of a hub leg, or null on a match
 * @param supplierCompany the supply's company, or the hub's operator on a leg from a hub (null: the region's hub)
 * @param receiverCompany the demand's company, or the hub's operator on a leg to a hub (null: the region's hub)
 * @param supplyVersion   the supply's version at the scenario's snapshot (-1 where the snapshot lacks it); null
 *                        without a supply
 * @param demandVersion   the demand's version at the snapshot, as {@code supplyVersion}
 * @param staleReason     why the proposal is created {@code STALE}, or null where it is created {@code OPEN}
 */
record PlannedProposal(ProposalKind kind, UUID supplyId, UUID demandId, UUID hubId, UUID supplierCompany,
                       UUID receiverCompany, String material, Integer contaminationClass, double tonnes, double km,
                       double cost, double co2Kg, Integer supplyVersion, Integer demandVersion, String staleReason,
                       List<ScenarioPlans.PeriodTonnes> schedule) {

    private static final int UNKNOWN_VERSION = -1;

    /**
     * The leg as a proposal: stale where a listing was edited since the snapshot, is no longer active, or no longer
     * has the tonnes free; empty where a listing or the hub no longer exists.
     *
     * @param snapshotVersions the listings' versions at the snapshot, by id
     * @param listings         the listings now, by id
     * @param supplies         the supplies' materials and classes, by id
     * @param hubs             the hubs, by id
     */
    static Optional<PlannedProposal> judge(ScenarioPlans.Leg leg, Map<UUID, Integer> snapshotVersions,
                                           Map<UUID, ListingStock> listings, Map<UUID, Listings.Summary> supplies,
                                           Map<UUID, Facility> hubs) {
        ListingStock supply = leg.supply() == null ? null : listings.get(leg.supply());
        ListingStock demand = leg.demand() == null ? null : listings.get(leg.demand());
        Facility hub = leg.hub() == null ? null : hubs.get(leg.hub());
        if (supply == null && leg.supply() != null || demand == null && leg.demand() != null
                || hub == null && leg.hub() != null) {
            return Optional.empty();
        }
        String reason = Optional.ofNullable(changed(supply, snapshotVersions))
                .or(() -> Optional.ofNullable(changed(demand, snapshotVersions)))
                .or(() -> Optional.ofNullable(tooFew(supply, leg.tonnes())))
                .or(() -> Optional.ofNullable(tooFew(demand, leg.tonnes())))
                .orElse(null);
        Listings.Summary supplied = supply == null ? null : supplies.get(supply.id());
        return Optional.of(new PlannedProposal(ProposalKind.valueOf(leg.kind().name()), leg.supply(), leg.demand(),
                leg.hub(), supply == null ? hub.operatingCompany() : supply.companyId(),
                demand == null ? hub.operatingCompany() : demand.companyId(),
                leg.material() != null ? leg.material() : supplied.material(),
                leg.material() != null ? leg.contaminationClass() : supplied.contaminationClass(),
                leg.tonnes(), leg.km(), leg.cost(), leg.co2Kg(), version(supply, snapshotVersions),
                version(demand, snapshotVersions), reason, leg.schedule()));
    }

    private static Integer version(ListingStock listing, Map<UUID, Integer> snapshotVersions) {
        return listing == null ? null : snapshotVersions.getOrDefault(listing.id(), UNKNOWN_VERSION);
    }

    private static String changed(ListingStock listing, Map<UUID, Integer> snapshotVersions) {
        if (listing == null) {
            return null;
        }
        if (!Objects.equals(snapshotVersions.get(listing.id()), listing.version())) {
            return listing.kind() + " " + listing.id() + " was edited after the scenario's snapshot";
        }
        return listing.status() == ListingStatus.ACTIVE ? null
                : listing.kind() + " " + listing.id() + " is " + listing.status();
    }

    private static String tooFew(ListingStock listing, double wanted) {
        return listing == null || listing.has(wanted) ? null : listing.kind() + " " + listing.id() + " has "
                + Conflicts.tonnes(listing.remaining()) + " t left; the match needs " + Conflicts.tonnes(wanted) + " t";
    }
}
