package no.sirkel.facility;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.sirkel.web.CrsParameter;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.Crs;
import no.sirkel.geo.FeatureCollection;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
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

/**
 * Disposal sites, virgin sources and storage hubs: every role reads them; admins and planners maintain the region's,
 * a company its own hubs. Locations are written and shown as sites' are: {@code Content-Crs} on writes, {@code crs} on
 * reads (CRS84 by default).
 */
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

    @Operation(summary = "Register a facility",
            description = "Registers a landfill (DISPOSAL, with gateFeePerTonne), quarry (VIRGIN_SOURCE, with "
                    + "pricePerTonne) or storage hub (STORAGE_HUB); ADMIN and PLANNER, and members for hubs their "
                    + "company operates. Coordinates in the CRS Content-Crs names.")
    @ApiResponse(responseCode = "201", description = "The facility as stored, with Location and ETag")
    @PostMapping
    Mono<ResponseEntity<Facility>> create(Caller caller, @RequestBody FacilityRequest request,
                                          @RequestHeader(value = Crs.HEADER, required = false) String contentCrs,
                                          @RequestParam(required = false) String crs) {
        Crs written = CrsParameter.parse(contentCrs, Crs.HEADER);
        Crs shown = CrsParameter.parse(crs, "crs");
        return facilities.create(caller, request, written).map(facility -> ResponseEntity
                .created(URI.create("/api/v1/facilities/" + facility.id()))
                .eTag(etag(facility))
                .header(Crs.HEADER, shown.header())
                .body(facility.inCrs(shown)));
    }

    /**
     * Active facilities, a page at a time in a stable order; {@code Accept: application/geo+json} gives the page as
     * a FeatureCollection.
     *
     * @param material a material code: disposal sites and hubs that take it, virgin sources that sell it
     * @param bbox     {@code minLon,minLat,maxLon,maxLat} in WGS84 degrees
     */
    @Operation(summary = "List facilities",
            description = "A page of facilities in id order filtered by type, material and bbox, or a GeoJSON "
                    + "FeatureCollection with Accept: application/geo+json; limit up to 1000, 100 by default.")
    @GetMapping
    Mono<ResponseEntity<Object>> list(Caller caller,
                                      @Parameter(description = "Only facilities of this type: DISPOSAL, VIRGIN_SOURCE "
                                              + "or STORAGE_HUB")
                                      @RequestParam(required = false) String type,
                                      @Parameter(description = "Only facilities that take (landfills, hubs) or sell "
                                              + "(quarries) this material code")
                                      @RequestParam(required = false) String material,
                                      @RequestParam(required = false) String bbox,
                                      @RequestParam(required = false) String cursor,
                                      @RequestParam(defaultValue = "100") int limit,
                                      @RequestParam(required = false) String crs,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Crs shown = CrsParameter.parse(crs, "crs");
        FacilityType facilityType = type == null ? null : FacilityType.parse(type)
                .orElseThrow(() -> ApiException.badRequest("type", "field.oneOf", FacilityType.names()));
        BoundingBox box = BoundingBoxParameter.parse(bbox).orElse(null);
        UUID after = Cursor.afterId(cursor);
        boolean geoJson = ContentNegotiation.choose(accept, List.of(MediaType.APPLICATION_JSON,
                FeatureCollection.MEDIA_TYPE)).equals(FeatureCollection.MEDIA_TYPE);
        Paging.limit(limit, MAX_LIMIT);
        Mono<Boolean> materialKnown = material == null ? Mono.just(true) : catalogue.find(material).hasElement();
        return materialKnown
                .flatMap(known -> known ? facilities.search(facilityType, material, box, after, limit + 1).collectList()
                        : Mono.error(ApiException.badRequest("material", "field.notAMaterial")))
                .map(found -> found.stream().map(facility -> facility.inCrs(shown)).toList())
                .map(found -> Paging.page(found, limit, facility -> Cursor.after(facility.id())))
                .map(page -> geoJson
                        ? ResponseEntity.ok().contentType(FeatureCollection.MEDIA_TYPE).header(Crs.HEADER,
                                shown.header()).body(featureCollection(page))
                        : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(Crs.HEADER,
                                shown.header()).body(page));
    }

    @Operation(summary = "Read a facility",
            description = "One facility with its version as ETag, in the CRS `crs` names.")
    @GetMapping("/{id}")
    Mono<ResponseEntity<Facility>> get(Caller caller,
                                       @Parameter(description = "The facility's id")
                                       @PathVariable UUID id,
                                       @RequestParam(required = false) String crs) {
        Crs shown = CrsParameter.parse(crs, "crs");
        return facilities.find(id).map(facility -> ResponseEntity.ok().eTag(etag(facility))
                .header(Crs.HEADER, shown.header()).body(facility.inCrs(shown)));
    }

    /** Replaces the facility; with {@code If-Match}, only if it is still at the version the client saw (else 412). */
    @Operation(summary = "Replace a facility",
            description = "Replaces a facility's terms, honouring If-Match; its type cannot change.")
    @PutMapping("/{id}")
    Mono<ResponseEntity<Facility>> replace(Caller caller,
                                           @Parameter(description = "The facility's id")
                                           @PathVariable UUID id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(value = Crs.HEADER, required = false) String contentCrs,
                                           @RequestParam(required = false) String crs,
                                           @RequestBody FacilityRequest request) {
        Crs written = CrsParameter.parse(contentCrs, Crs.HEADER);
        Crs shown = CrsParameter.parse(crs, "crs");
        return facilities.replace(caller, id, request, written, IfMatch.parse(ifMatch))
                .map(facility -> ResponseEntity.ok().eTag(etag(facility)).header(Crs.HEADER, shown.header())
                        .body(facility.inCrs(shown)));
    }

    /** Marks the facility inactive (it stays readable by id); honours {@code If-Match} like PUT. */
    @Operation(summary = "Deactivate a facility",
            description = "Marks the facility inactive, honouring If-Match; it stays for the scenarios that used it.")
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> delete(Caller caller,
                                      @Parameter(description = "The facility's id")
                                      @PathVariable UUID id,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return facilities.deactivate(caller, id, IfMatch.parse(ifMatch)).map(facility -> ResponseEntity.noContent().build());
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
                                facility.capacityTonnes(), facility.processes(), facility.stock(),
                                facility.operatingCompany(), facility.version())))
                .toList(), page.next());
    }

    /** A facility's fields but its id and location, which a GeoJSON Feature carries itself. */
    record FeatureProperties(FacilityType type, String name, String municipality, List<String> accepts,
                             List<String> materials, Integer maxContaminationClass, BigDecimal gateFeePerTonne,
                             BigDecimal pricePerTonne, BigDecimal handlingFeePerTonne, Double capacityTonnes,
                             List<Facility.Process> processes, List<Facility.Stock> stock, UUID operatingCompany,
                             int version) {
    }
}
