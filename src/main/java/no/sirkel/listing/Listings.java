package no.sirkel.listing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.site.SiteDirectory;
import no.sirkel.web.ApiException;
import no.sirkel.web.Page;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/**
 * Supplies and demands for other features (candidates, scenarios, proposals), without caller checks: the calling
 * feature decides who may see what. Marking a listing MATCHED is the service's own transition, which owners cannot
 * make themselves. The search and read methods are the exception: they apply the API's own rules for the caller (for
 * OGC API Features and exports).
 */
@Service
public class Listings {

    private final SupplyRepository supplies;
    private final DemandRepository demands;
    private final MaterialCatalogue catalogue;
    private final ListingService<Supply, SupplyRequest, SupplyRequest.Fields> supplyRules;
    private final ListingService<Demand, DemandRequest, DemandRequest.Fields> demandRules;

    Listings(SupplyRepository supplies, DemandRepository demands, SiteDirectory sites, MaterialCatalogue catalogue,
             ObjectMapper json) {
        this.supplies = supplies;
        this.demands = demands;
        this.catalogue = catalogue;
        this.supplyRules = new ListingService<>("supply", supplies, sites, catalogue, json, SupplyRequest.class,
                Supply::asRequest);
        this.demandRules = new ListingService<>("demand", demands, sites, catalogue, json, DemandRequest.class,
                Demand::asRequest);
    }

    /**
     * A page of the supplies the caller may see, as {@code GET /api/v1/supplies} gives it.
     *
     * @param filters that endpoint's query parameters (material, status, companyId, bbox, from, to, limit, cursor)
     */
    public Mono<Page<Supply>> searchSupplies(Caller caller, Map<String, String> filters) {
        return supplyRules.search(caller, filters);
    }

    /** A page of the demands the caller may see; see {@link #searchSupplies}. */
    public Mono<Page<Demand>> searchDemands(Caller caller, Map<String, String> filters) {
        return demandRules.search(caller, filters);
    }

    /**
     * What is wrong with a new supply, every field at fault; empty where it is valid. Its site is taken as
     * registered: the caller checks it (an import may create it in the same transaction).
     */
    public Mono<List<ApiException.FieldError>> problemsOfNewSupply(SupplyRequest request) {
        return catalogue.byCode().map(materials -> problems(() -> request.validated(true, materials, null)));
    }

    /** What is wrong with a new demand; see {@link #problemsOfNewSupply}. */
    public Mono<List<ApiException.FieldError>> problemsOfNewDemand(DemandRequest request) {
        return catalogue.byCode().map(materials -> problems(() -> request.validated(true, materials, null)));
    }

    /** Creates a supply as {@code POST /api/v1/supplies} does, under the same rules. */
    public Mono<Supply> createSupply(Caller caller, SupplyRequest request) {
        return supplyRules.create(caller, request);
    }

    /** Creates a demand as {@code POST /api/v1/demands} does, under the same rules. */
    public Mono<Demand> createDemand(Caller caller, DemandRequest request) {
        return demandRules.create(caller, request);
    }

    private static List<ApiException.FieldError> problems(Runnable validation) {
        try {
            validation.run();
            return List.of();
        } catch (ApiException invalid) {
            return invalid.errors();
        }
    }

    /** The supply where the caller may see it; 404 otherwise. */
    public Mono<Supply> readSupply(Caller caller, UUID id) {
        return supplyRules.read(caller, id);
    }

    /** The demand where the caller may see it; 404 otherwise. */
    public Mono<Demand> readDemand(Caller caller, UUID id) {
        return demandRules.read(caller, id);
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
