package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import no.sirkel.geo.BoundingBox;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Supplies and demands for other features (proposals, scenarios), without caller checks: the calling feature decides
 * who may see what. The locking calls and {@link #reserve} join the caller's transaction; run them inside one.
 */
@Service
public class Listings {

    private final ListingStockRepository stock;
    private final ListingLookupRepository lookups;
    private final ListingChanges changes;

    Listings(ListingStockRepository stock, ListingLookupRepository lookups, ListingChanges changes) {
        this.stock = stock;
        this.lookups = lookups;
        this.changes = changes;
    }

    /**
     * Locks the supply's row, then the demand's, until the transaction ends: the order every deal locks them in.
     *
     * @return both, or empty where either does not exist
     */
    public Mono<Pair> lockForDeal(UUID supplyId, UUID demandId) {
        return stock.lock("supply", supplyId)
                .zipWhen(supply -> stock.lock("demand", demandId), Pair::new);
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

    /** A supply and a demand, locked. */
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
