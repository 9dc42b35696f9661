package no.sirkel.proposal;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import no.sirkel.listing.ListingStatus;
import no.sirkel.listing.ListingStock;
import no.sirkel.scenario.ScenarioPlans;

/**
 * A plan's match about to become a proposal, judged against its listings as they are now.
 *
 * @param supplyVersion the supply's version at the scenario's snapshot (-1 where the snapshot lacks it)
 * @param demandVersion the demand's version at the snapshot (-1 where the snapshot lacks it)
 * @param staleReason   why the proposal is created {@code STALE}, or null where it is created {@code OPEN}
 */
record PlannedProposal(UUID supplyId, UUID demandId, UUID supplierCompany, UUID receiverCompany, double tonnes,
                       double km, double cost, double co2Kg, int supplyVersion, int demandVersion,
                       String staleReason) {

    private static final int UNKNOWN_VERSION = -1;

    /**
     * The match as a proposal: stale where a listing was edited since the snapshot, is no longer active, or no longer
     * has the tonnes free; empty where a listing no longer exists.
     *
     * @param snapshotVersions the listings' versions at the snapshot, by id
     * @param listings         the listings now, by id
     */
    static Optional<PlannedProposal> judge(ScenarioPlans.Match match, Map<UUID, Integer> snapshotVersions,
                                           Map<UUID, ListingStock> listings) {
        ListingStock supply = listings.get(match.supply());
        ListingStock demand = listings.get(match.demand());
        if (supply == null || demand == null) {
            return Optional.empty();
        }
        Integer supplyVersion = snapshotVersions.get(supply.id());
        Integer demandVersion = snapshotVersions.get(demand.id());
        String reason = Optional.ofNullable(changed(supply, supplyVersion))
                .or(() -> Optional.ofNullable(changed(demand, demandVersion)))
                .or(() -> Optional.ofNullable(tooFew(supply, match.tonnes())))
                .or(() -> Optional.ofNullable(tooFew(demand, match.tonnes())))
                .orElse(null);
        return Optional.of(new PlannedProposal(supply.id(), demand.id(), supply.companyId(), demand.companyId(),
                match.tonnes(), match.km(), match.cost(), match.co2Kg(),
                supplyVersion == null ? UNKNOWN_VERSION : supplyVersion,
                demandVersion == null ? UNKNOWN_VERSION : demandVersion, reason));
    }

    private static String changed(ListingStock listing, Integer snapshotVersion) {
        if (!Objects.equals(snapshotVersion, listing.version())) {
            return listing.kind() + " " + listing.id() + " was edited after the scenario's snapshot";
        }
        return listing.status() == ListingStatus.ACTIVE ? null
                : listing.kind() + " " + listing.id() + " is " + listing.status();
    }

    private static String tooFew(ListingStock listing, double wanted) {
        return listing.has(wanted) ? null : listing.kind() + " " + listing.id() + " has "
                + Conflicts.tonnes(listing.remaining()) + " t left; the match needs " + Conflicts.tonnes(wanted) + " t";
    }
}
