package no.sirkel.facility;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.Coordinates;
import no.sirkel.geo.Crs;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import no.sirkel.web.IfMatch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registers and maintains facilities, checking each against the materials catalogue. A storage hub is edited and
 * deleted under its row's lock, the lock deals take on it: an edit may not lower its capacity below what deals keep
 * there, and one that makes it offer less (capacity lowered, a process removed or changed, the hub deleted) tells the
 * {@link HubChangeListener}s in the same transaction.
 */
@Service
public class FacilityService {

    private final FacilityRepository facilities;
    private final HubReservationRepository reservations;
    private final MaterialCatalogue catalogue;
    private final Coordinates coordinates;
    private final ObjectProvider<HubChangeListener> hubListeners;
    private final TransactionalOperator transaction;

    FacilityService(FacilityRepository facilities, HubReservationRepository reservations, MaterialCatalogue catalogue,
                    Coordinates coordinates, ObjectProvider<HubChangeListener> hubListeners,
                    TransactionalOperator transaction) {
        this.facilities = facilities;
        this.reservations = reservations;
        this.catalogue = catalogue;
        this.coordinates = coordinates;
        this.hubListeners = hubListeners;
        this.transaction = transaction;
    }

    /**
     * Validates and stores a new facility; fails with a 422 {@link ApiException} naming every field at fault. ADMIN
     * and PLANNER register any facility; a MEMBER only a hub its own company operates.
     *
     * @param crs the CRS the request's location is written in
     */
    Mono<Facility> create(Caller caller, FacilityRequest request, Crs crs) {
        return catalogue.byCode().map(materials -> request.validated(materials, coordinates, crs))
                .doOnNext(valid -> requireMayWrite(caller, valid))
                .flatMap(facilities::insert);
    }

    /** Every active facility of the type, or only those inside the box (WGS84) where one is given, in id order. */
    public Flux<Facility> active(FacilityType type, BoundingBox box) {
        return facilities.find(type, null, box, null, Integer.MAX_VALUE);
    }

    /** The facility, active or not; 404 where none has the id. */
    public Mono<Facility> find(UUID id) {
        return facilities.findById(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("facility", id)));
    }

    /**
     * Replaces every field of the facility.
     *
     * @param crs     the CRS the request's location is written in
     * @param ifMatch the versions the client based its change on, or any
     * @return the facility as stored; 404 where it does not exist, 412 where its version is not the one expected
     */
    Mono<Facility> replace(Caller caller, UUID id, FacilityRequest request, Crs crs, IfMatch ifMatch) {
        return find(id).doOnNext(current -> requireMayEdit(caller, current))
                .then(catalogue.byCode()).map(materials -> request.validated(materials, coordinates, crs))
                .doOnNext(valid -> requireMayWrite(caller, valid))
                .flatMap(valid -> transaction.transactional(lockedForEdit(id).flatMap(current -> facilities
                        .update(id, valid, ifMatch).flatMap(updated -> holdingDeals(updated)
                                .then(announceLess(current, updated, lessOffered(current, updated)))))))
                .switchIfEmpty(Mono.defer(() -> explainMissedWrite(id)));
    }

    /**
     * Marks the facility inactive: it leaves lists and new scenarios, and is kept for old ones. A hub's undecided
     * proposals go stale.
     */
    Mono<Facility> deactivate(Caller caller, UUID id, IfMatch ifMatch) {
        return find(id).doOnNext(current -> requireMayEdit(caller, current))
                .then(transaction.transactional(lockedForEdit(id).flatMap(current -> facilities.deactivate(id, ifMatch)
                        .flatMap(updated -> announceLess(current, updated,
                                current.active() ? "the hub was deleted" : null)))))
                .switchIfEmpty(Mono.defer(() -> explainMissedWrite(id)));
    }

    /** The facility, its row locked until the transaction ends where it is a storage hub (as deals lock it). */
    private Mono<Facility> lockedForEdit(UUID id) {
        return reservations.lockHub(id).then(facilities.findById(id));
    }

    /**
     * Refuses (409, naming {@code capacityTonnes}) an edited hub that can no longer hold what deals keep there with its
     * registered stock, in some period.
     */
    private Mono<Void> holdingDeals(Facility updated) {
        if (updated.type() != FacilityType.STORAGE_HUB) {
            return Mono.empty();
        }
        return spaces(List.of(updated)).next().flatMap(space -> Mono.justOrEmpty(space.overfull()))
                .flatMap(overfull -> Mono.error(ApiException.conflict("capacityTonnes", "field.facility.belowDeals",
                        overfull.period(), overfull.wanted())));
    }

    /** What a hub offers less of after the edit, for the record; null where it offers as much. */
    private static String lessOffered(Facility current, Facility updated) {
        if (current.type() != FacilityType.STORAGE_HUB) {
            return null;
        }
        if (updated.type() != FacilityType.STORAGE_HUB) {
            return "the hub is no longer a storage hub";
        }
        if (updated.capacityTonnes() < current.capacityTonnes()) {
            return "the hub's capacity was lowered from " + current.capacityTonnes() + " t to "
                    + updated.capacityTonnes() + " t";
        }
        return updated.processes().containsAll(current.processes()) ? null
                : "a process of the hub was removed or changed";
    }

    /** Tells the {@link HubChangeListener}s that the hub offers less, where it does ({@code why} not null). */
    private Mono<Facility> announceLess(Facility current, Facility updated, String why) {
        if (why == null) {
            return Mono.just(updated);
        }
        return Flux.fromStream(hubListeners.orderedStream())
                .concatMap(listener -> listener.hubChanged(current.id(), why)).then(Mono.just(updated));
    }

    private static void requireMayEdit(Caller caller, Facility current) {
        if (!current.editableBy(caller)) {
            throw ApiException.forbidden(current.operatingCompany() == null
                    ? "auth.facility.regionMaintains" : "auth.facility.operatorMaintains");
        }
    }

    /** What the caller may store: a hub of its own company (a MEMBER), or anything (ADMIN, PLANNER). */
    private static void requireMayWrite(Caller caller, ValidFacility facility) {
        boolean allowed = caller.isAdmin() || caller.isPlanner()
                || facility.operatingCompany() != null && caller.isMemberOf(facility.operatingCompany());
        if (!allowed) {
            throw ApiException.forbidden("auth.facility.ownHubs");
        }
    }

    /** Active facilities matching every filter given; see {@link FacilityRepository#find}. */
    public Flux<Facility> search(FacilityType type, String material, BoundingBox box, UUID after, int limit) {
        return facilities.find(type, material, box, after, limit);
    }

    /**
     * Locks the storage hub's row until the caller's transaction ends, so that reservations at one hub are made one
     * at a time, and reads it with what deals have promised of it; empty where no hub has the id.
     */
    public Mono<HubSpace> lockHubSpace(UUID hubId) {
        return reservations.lockHub(hubId).flatMap(facilities::findById)
                .flatMap(hub -> spaces(List.of(hub)).next());
    }

    /** Records a deal's reservations at a hub that the caller's transaction has locked ({@link #lockHubSpace}). */
    public Mono<Void> reserve(UUID hubId, UUID dealId, List<HubReservation> promised) {
        return promised.isEmpty() ? Mono.empty() : reservations.insert(hubId, dealId, promised);
    }

    /** The active storage hubs inside the box (WGS84), each with what deals have promised of it, in id order. */
    public Flux<HubSpace> activeHubSpaces(BoundingBox box) {
        return active(FacilityType.STORAGE_HUB, box).collectList().flatMapMany(this::spaces);
    }

    /** The facilities among the ids, active or not. */
    public Flux<Facility> findAll(Collection<UUID> ids) {
        return Flux.fromIterable(ids).concatMap(facilities::findById);
    }

    private Flux<HubSpace> spaces(List<Facility> hubs) {
        if (hubs.isEmpty()) {
            return Flux.empty();
        }
        return reservations.find(hubs.stream().map(Facility::id).toList())
                .collectMultimap(HubReservationRepository.Stored::hubId, HubReservationRepository.Stored::reservation)
                .flatMapIterable(byHub -> hubs.stream().map(hub -> new HubSpace(hub,
                        List.copyOf(byHub.getOrDefault(hub.id(), List.of())))).toList());
    }

    /** Every active facility of the type. */
    public Flux<Facility> active(FacilityType type) {
        return facilities.find(type, null, null, null, Integer.MAX_VALUE);
    }

    private Mono<Facility> explainMissedWrite(UUID id) {
        return find(id).flatMap(current -> Mono.error(ApiException.preconditionFailed(
                "detail.facility.changed", id, current.version())));
    }
}
