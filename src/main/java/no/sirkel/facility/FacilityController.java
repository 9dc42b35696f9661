package no.sirkel.facility;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.FeatureCollection;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.BoundingBoxParameter;
import no.sirkel.web.ContentNegotiation;
import no.sirkel.web.Cursor;
import no.sirkel.web.IfMatch;
import no.sirkel.web.Page;
import no.sirkel.web.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Disposal sites, virgin sources and storage hubs: admins and planners maintain them, every role reads them. */
@RestController
@RequestMapping("/api/v1/facilities")
class FacilityController {

    private static final int MAX_LIMIT = 1000;

    private final FacilityService facilities;
    private final MaterialCatalogue catalogue;

    FacilityController(FacilityService facilities, MaterialCatalogue catalogue) {
        this.facilities = facilities;
        this.catalogue = catalogue;
    }

    @PostMapping
    Mono<ResponseEntity<Facility>> create(Caller caller, @RequestBody FacilityRequest request) {
        caller.requireRole(Role.ADMIN, Role.PLANNER);
        return facilities.create(request).map(facility -> ResponseEntity
                .created(URI.create("/api/v1/facilities/" + facility.id()))
                .eTag(etag(facility))
                .body(facility));
    }

    /**
     * Active facilities, a page at a time in a stable order; {@code Accept: application/geo+json} gives the page as
     * a FeatureCollection.
     *
     * @param material a material code: disposal sites and hubs that take it, virgin sources that sell it
     * @param bbox     {@code minLon,minLat,maxLon,maxLat} in WGS84 degrees
     */
    @GetMapping
    Mono<ResponseEntity<Object>> list(Caller caller,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(required = false) String material,
                                      @RequestParam(required = false) String bbox,
                                      @RequestParam(required = false) String cursor,
                                      @RequestParam(defaultValue = "100") int limit,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        FacilityType facilityType = type == null ? null : FacilityType.parse(type)
                .orElseThrow(() -> ApiException.badRequest("type", "must be one of " + FacilityType.names()));
        BoundingBox box = BoundingBoxParameter.parse(bbox).orElse(null);
        UUID after = Cursor.afterId(cursor);
        boolean geoJson = ContentNegotiation.choose(accept, List.of(MediaType.APPLICATION_JSON,
                FeatureCollection.MEDIA_TYPE)).equals(FeatureCollection.MEDIA_TYPE);
        Paging.limit(limit, MAX_LIMIT);
        Mono<Boolean> materialKnown = material == null ? Mono.just(true) : catalogue.find(material).hasElement();
        return materialKnown
                .flatMap(known -> known ? facilities.search(facilityType, material, box, after, limit + 1).collectList()
                        : Mono.error(ApiException.badRequest("material", "is not a material in the catalogue")))
                .map(found -> Paging.page(found, limit, facility -> Cursor.after(facility.id())))
                .map(page -> geoJson
                        ? ResponseEntity.ok().contentType(FeatureCollection.MEDIA_TYPE).body(featureCollection(page))
                        : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page));
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<Facility>> get(Caller caller, @PathVariable UUID id) {
        return facilities.find(id).map(facility -> ResponseEntity.ok().eTag(etag(facility)).body(facility));
    }

    /** Replaces the facility; with {@code If-Match}, only if it is still at the version the client saw (else 412). */
    @PutMapping("/{id}")
    Mono<ResponseEntity<Facility>> replace(Caller caller, @PathVariable UUID id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestBody FacilityRequest request) {
        caller.requireRole(Role.ADMIN, Role.PLANNER);
        return facilities.replace(id, request, IfMatch.parse(ifMatch))
                .map(facility -> ResponseEntity.ok().eTag(etag(facility)).body(facility));
    }

    /** Marks the facility inactive (it stays readable by id); honours {@code If-Match} like PUT. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(Caller caller, @PathVariable UUID id,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        caller.requireRole(Role.ADMIN, Role.PLANNER);
        return facilities.deactivate(id, IfMatch.parse(ifMatch)).map(facility -> ResponseEntity.noContent().build());
    }

    private static String etag(Facility facility) {
        return IfMatch.etag(facility.version());
    }




    private static FeatureCollection featureCollection(Page<Facility> page) {
        return new FeatureCollection(page.items().stream()
                .map(facility -> new FeatureCollection.Feature(facility.id(), facility.location(),
                        new FeatureProperties(facility.type(), facility.name(), facility.municipality(),
                                facility.accepts(), facility.materials(), facility.maxContaminationClass(),
                                facility.gateFeePerTonne(), facility.pricePerTonne(), facility.handlingFeePerTonne(),
                                facility.capacityTonnes(), facility.version())))
                .toList(), page.next());
    }

    /** A facility's fields but its id and location, which a GeoJSON Feature carries itself. */
    record FeatureProperties(FacilityType type, String name, String municipality, List<String> accepts,
                             List<String> materials, Integer maxContaminationClass, BigDecimal gateFeePerTonne,
                             BigDecimal pricePerTonne, BigDecimal handlingFeePerTonne, Double capacityTonnes,
                             int version) {
    }
}
