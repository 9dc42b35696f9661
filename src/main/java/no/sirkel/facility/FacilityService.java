package no.sirkel.facility;

import java.util.UUID;

import no.sirkel.geo.BoundingBox;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.web.ApiException;
import no.sirkel.web.IfMatch;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Registers and maintains facilities, checking each against the materials catalogue. */
@Service
public class FacilityService {

    private final FacilityRepository facilities;
    private final MaterialCatalogue catalogue;

    FacilityService(FacilityRepository facilities, MaterialCatalogue catalogue) {
        this.facilities = facilities;
        this.catalogue = catalogue;
    }

    /** Validates and stores a new facility; fails with a 422 {@link ApiException} naming every field at fault. */
    Mono<Facility> create(FacilityRequest request) {
        return catalogue.byCode().map(request::validated).flatMap(facilities::insert);
    }

    /** Every active facility of the type, or only those inside the box (WGS84) where one is given, in id order. */
    public Flux<Facility> active(FacilityType type, BoundingBox box) {
        return facilities.find(type, null, box, null, Integer.MAX_VALUE);
    }

    Mono<Facility> find(UUID id) {
        return facilities.findById(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("facility", id)));
    }

    /**
     * Replaces every field of the facility.
     *
     * @param ifMatch the versions the client based its change on, or any
     * @return the facility as stored; 404 where it does not exist, 412 where its version is not the one expected
     */
    Mono<Facility> replace(UUID id, FacilityRequest request, IfMatch ifMatch) {
        return catalogue.byCode().map(request::validated)
                .flatMap(valid -> facilities.update(id, valid, ifMatch))
                .switchIfEmpty(Mono.defer(() -> explainMissedWrite(id)));
    }

    /** Marks the facility inactive: it leaves lists and new scenarios, and is kept for old ones. */
    Mono<Facility> deactivate(UUID id, IfMatch ifMatch) {
        return facilities.deactivate(id, ifMatch).switchIfEmpty(Mono.defer(() -> explainMissedWrite(id)));
    }

    /** Active facilities matching every filter given; see {@link FacilityRepository#find}. */
    Flux<Facility> search(FacilityType type, String material, BoundingBox box, UUID after, int limit) {
        return facilities.find(type, material, box, after, limit);
    }

    /** Every active facility of the type. */
    public Flux<Facility> active(FacilityType type) {
        return facilities.find(type, null, null, null, Integer.MAX_VALUE);
    }

    private Mono<Facility> explainMissedWrite(UUID id) {
        return find(id).flatMap(current -> Mono.error(ApiException.preconditionFailed(
                "facility " + id + " has changed: it is at version " + current.version() + " now")));
    }
}
