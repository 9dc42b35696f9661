package no.sirkel.listing;

import java.util.UUID;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Supplies and demands for other features (candidates, scenarios, proposals), without caller checks: the calling
 * feature decides who may see what. Marking a listing MATCHED is the service's own transition, which owners cannot
 * make themselves.
 */
@Service
public class Listings {

    private final SupplyRepository supplies;
    private final DemandRepository demands;

    Listings(SupplyRepository supplies, DemandRepository demands) {
        this.supplies = supplies;
        this.demands = demands;
    }

    /** The supply in any status, or empty. */
    public Mono<Supply> findSupply(UUID id) {
        return supplies.findById(id);
    }

    /** The demand in any status, or empty. */
    public Mono<Demand> findDemand(UUID id) {
        return demands.findById(id);
    }

    /**
     * Marks an ACTIVE supply MATCHED (a deal took it), bumping its version.
     *
     * @return the supply as it now is, or empty where it is not ACTIVE (any more)
     */
    public Mono<Supply> markSupplyMatched(UUID id) {
        return supplies.changeStatus(id, ListingStatus.ACTIVE, ListingStatus.MATCHED);
    }

    /**
     * Marks an ACTIVE demand MATCHED (a deal took it), bumping its version.
     *
     * @return the demand as it now is, or empty where it is not ACTIVE (any more)
     */
    public Mono<Demand> markDemandMatched(UUID id) {
        return demands.changeStatus(id, ListingStatus.ACTIVE, ListingStatus.MATCHED);
    }
}
