package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import no.sirkel.web.Page;
import org.springframework.stereotype.Service;
import no.sirkel.geo.BoundingBox;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Supplies and demands for other features (proposals, scenarios, OGC API Features, import and export). The locking
 * calls, {@link #reserve} and the lookups make no caller checks: the calling feature decides who may see what; they
 * join the caller's transaction, so run the locking ones inside one. The search, read and create methods are the
 * exception: they apply the API's own rules for the caller.
 */
@Service
public class Listings {

    private final ListingStockRepository stock;
    private final ListingReservationRepository reservations;
    private final ListingLookupRepository lookups;
    private final ListingChanges changes;
    private final MaterialCatalogue catalogue;
    private final ListingService<Supply, SupplyRequest, SupplyRequest.Fields> supplyRules;
    private final ListingService<Demand, DemandRequest, DemandRequest.Fields> demandRules;

    Listings(ListingStockRepository stock, ListingReservationRepository reservations, ListingLookupRepository lookups,
             ListingChanges changes, MaterialCatalogue catalogue,
             ListingService<Supply, SupplyRequest, SupplyRequest.Fields> supplyRules,
             ListingService<Demand, DemandRequest, DemandRequest.Fields> demandRules) {
        this.stock = stock;
        this.reservations = reservations;
        this.lookups = lookups;
        this.changes = changes;
        this.catalogue = catalogue;
        this.supplyRules = supplyRules;
        this.demandRules = demandRules;
    }

    /** A page of the supplies the caller may see, as {@code GET /api/v1/supplies} gives it. */
    public Mono<Page<Supply>> searchSupplies(Caller caller, ListingSearch search) {
        return supplyRules.search(caller, search);
    }

    /** A page of the demands the caller may see; see {@link #searchSupplies}. */
    public Mono<Page<Demand>> searchDemands(Caller caller, ListingSearch search) {
        return demandRules.search(caller, search);
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

    /** Creates a supply as {@code POST /api/v1/supplies} does, under the same rules, in the caller's transaction. */
    public Mono<Supply> createSupply(Caller caller, SupplyRequest request) {
        return supplyRules.createWithin(caller, request);
    }

    /** Creates a demand as {@code POST /api/v1/demands} does, under the same rules, in the caller's transaction. */
    public Mono<Demand> createDemand(Caller caller, DemandRequest request) {
        return demandRules.createWithin(caller, request);
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

    /**
     * Locks the supply's row, then the demand's, until the transaction ends: the order every deal locks them in. A
     * deal on a storage hub's leg has only one of them: the other id is null.
     *
     * @return both (null for a null id), or empty where a listing asked for does not exist
     */
    public Mono<Pair> lockForDeal(UUID supplyId, UUID demandId) {
        return lockIfAny("supply", supplyId)
                .zipWhen(supply -> lockIfAny("demand", demandId),
                        (supply, demand) -> new Pair(supply.orElse(null), demand.orElse(null)));
    }

    private Mono<Optional<ListingStock>> lockIfAny(String kind, UUID id) {
        return id == null ? Mono.just(Optional.empty()) : stock.lock(kind, id).map(Optional::of);
    }

    /**
     * Adds {@code tonnes} to the listing's reservations (never its version: that counts the owner's edits) and marks
     * it {@code MATCHED} where nothing remains, which announces {@link ListingChanged}. The listing must be locked.
     */
    public Mono<Void> reserve(ListingStock listing, double tonnes) {
        return stock.reserve(listing, tonnes)
                .flatMap(matched -> matched ? changes.announce(listing.id()) : Mono.empty());
    }

    /**
     * Reserves what a deal on a plan over time takes of the listing period by period ({@link ListingTimeline#take}),
     * and their sum as {@link #reserve(ListingStock, double)} does. The listing must be locked.
     */
    public Mono<Void> reserve(ListingStock listing, UUID dealId, List<Stretch> taken) {
        return reservations.insert(listing.id(), dealId, taken)
                .then(reserve(listing, taken.stream().mapToDouble(Stretch::tonnes).sum()));
    }

    /** What remains of the locked listing day by day over the horizon; see {@link ListingTimeline}. */
    public Mono<ListingTimeline> timeline(ListingStock listing, LocalDate horizonFrom, LocalDate horizonTo) {
        return reservedByListing(List.of(listing.id())).map(taken -> ListingTimeline.of(listing.listingKind(),
                listing.remaining(), listing.windowFrom(), listing.windowTo(), horizonFrom, horizonTo,
                taken.getOrDefault(listing.id(), List.of())));
    }

    /** What deals on plans over time took of the listings period by period, by listing id (none: absent). */
    public Mono<Map<UUID, List<Stretch>>> reservedByListing(Collection<UUID> ids) {
        return ids.isEmpty() ? Mono.just(Map.of()) : reservations.find(ids).collect(Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * Share-locks the listings (supplies, then demands, each in id order: the order deals lock them in) until the
     * transaction ends, so that no edit can change them meanwhile.
     *
     * @return the listings that exist, by id
     */
    public Mono<Map<UUID, ListingStock>> lockForReading(Collection<UUID> supplyIds, Collection<UUID> demandIds) {
        return stock.shareLock("supply", supplyIds).concatWith(stock.shareLock("demand", demandIds))
                .collectMap(ListingStock::id, Function.identity());
    }

    /** The supplies and demands among the ids, in any status, by id. */
    public Mono<Map<UUID, Summary>> summaries(Collection<UUID> ids) {
        return ids.isEmpty() ? Mono.just(Map.of())
                : lookups.summaries(ids).collectMap(Summary::id, Function.identity());
    }

    /** The ACTIVE supplies with tonnes left at live sites in the area's box whose windows meet its horizon. */
    public Flux<ActiveSupply> activeSupplies(Area area) {
        return lookups.activeSupplies(area);
    }

    /** The ACTIVE demands with tonnes left at live sites in the area's box whose windows meet its horizon. */
    public Flux<ActiveDemand> activeDemands(Area area) {
        return lookups.activeDemands(area);
    }

    /** A supply and a demand, locked; either is null where the deal has none. */
    public record Pair(ListingStock supply, ListingStock demand) {
    }

    /**
     * Where and when to look for active listings.
     *
     * @param box       the area, WGS84
     * @param from      first day of the horizon
     * @param to        last day of the horizon
     * @param materials material codes (supplies of them, demands accepting any of them), or null for all
     */
    public record Area(BoundingBox box, LocalDate from, LocalDate to, List<String> materials) {
    }

    /**
     * A listing as another feature shows it.
     *
     * @param material           a supply's material code; null for a demand
     * @param accepts            the material codes a demand accepts; null for a supply
     * @param contaminationClass a supply's class, or a demand's highest accepted class (1..5; null: not given)
     * @param tonnes             the listing's quantity in tonnes
     * @param reservedTonnes     tonnes already promised in deals
     * @param from               first day of the availability (supply) or need (demand) window; null: open
     * @param to                 last day of the window; null: open
     * @param lat                the site's latitude, WGS84 degrees
     * @param lon                the site's longitude, WGS84 degrees
     */
    public record Summary(UUID id, UUID companyId, String material, List<String> accepts,
                          Integer contaminationClass, double tonnes, double reservedTonnes, LocalDate from,
                          LocalDate to, String municipality, double lat, double lon) {
    }

    /**
     * An active supply. {@code remainingTonnes} is what deals left of it (per year for a RECURRING stream); the window
     * ends are null where open; the site's position is WGS84 degrees.
     */
    public record ActiveSupply(UUID id, int version, ListingKind kind, String material, Integer contaminationClass,
                               double remainingTonnes, LocalDate from, LocalDate to, double lat, double lon) {
    }

    /** An active demand, as {@link ActiveSupply}; {@code maxHaulKm} is its own haul limit in road km, or null. */
    public record ActiveDemand(UUID id, int version, ListingKind kind, List<String> accepts,
                               Integer maxContaminationClass, double remainingTonnes, LocalDate from, LocalDate to,
                               Double maxHaulKm, double lat, double lon) {
    }
}
