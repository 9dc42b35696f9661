package no.sirkel.listing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.sirkel.geo.FeatureCollection;
import no.sirkel.security.Caller;
import no.sirkel.web.ContentNegotiation;
import no.sirkel.web.IfMatch;
import no.sirkel.web.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP side of supplies and demands, the same for both. Single listings carry {@code ETag: "<version>"}; PUT,
 * PATCH and DELETE honour {@code If-Match} (412 where it names another version) and, without it, apply to the current
 * version. DELETE deletes a draft and closes anything else.
 */
abstract class ListingController<L extends Listing, R extends ListingRequest<F>, F extends ListingFields> {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final String path;
    private final ListingService<L, R, F> service;

    /** @param path the collection's path, e.g. {@code /api/v1/supplies} */
    ListingController(String path, ListingService<L, R, F> service) {
        this.path = path;
        this.service = service;
    }

    @Operation(summary = "Create a listing",
            description = "Registers a supply or demand at one of the caller's company's sites (MEMBER: own sites; "
                    + "ADMIN: any). Answers 201 with the listing, its tonnes (quantity converted with the material's "
                    + "density), status and version (also as ETag).")
    @ApiResponse(responseCode = "201", description = "The listing as stored, with Location and ETag")
    @PostMapping
    Mono<ResponseEntity<L>> create(Caller caller, @RequestBody R request) {
        return service.create(caller, request).map(listing -> ResponseEntity
                .created(URI.create(path + "/" + listing.id())).eTag(IfMatch.etag(listing.version())).body(listing));
    }

    /**
     * A page {@code {items, next}} of the listings the filters select (see {@link ListingQuery}), or with
     * {@code Accept: application/geo+json} a GeoJSON FeatureCollection of them (with {@code next} as a member).
     */
    @Operation(summary = "Search listings",
            description = "A page {items, next} of the listings the filters select, newest first, or a GeoJSON "
                    + "FeatureCollection with Accept: application/geo+json. Members see other companies' listings "
                    + "only while ACTIVE and without company, site or exact location (snapped to a 0.01° by 0.02° "
                    + "grid).")
    @ListingSearchParameters
    @GetMapping
    Mono<ResponseEntity<Object>> list(Caller caller,
                                      @Parameter(hidden = true)
                                      @RequestParam Map<String, String> parameters,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean geoJson = ContentNegotiation.choose(accept, List.of(MediaType.APPLICATION_JSON,
                FeatureCollection.MEDIA_TYPE)).equals(FeatureCollection.MEDIA_TYPE);
        return service.search(caller, ListingSearch.fromQueryString(parameters)).map(page -> geoJson
                ? ResponseEntity.ok().contentType(FeatureCollection.MEDIA_TYPE).body(features(page))
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page));
    }

    @Operation(summary = "Read a listing",
            description = "One listing with its ETag; 304 where If-None-Match names its current version. A member "
                    + "sees another company's listing as a search shows it.")
    @GetMapping("/{id}")
    Mono<ResponseEntity<L>> get(Caller caller, @Parameter(description = "The listing's id") @PathVariable UUID id,
                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return service.read(caller, id).map(listing -> {
            boolean unchanged = ifNoneMatch != null && IfMatch.parse(ifNoneMatch).given()
                    && IfMatch.parse(ifNoneMatch).matches(listing.version());
            return unchanged ? ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(IfMatch.etag(listing.version()))
                    .<L>build() : withETag(listing);
        });
    }

    @Operation(summary = "Replace a listing",
            description = "Replaces the listing's terms (owner or ADMIN), honouring If-Match; answers the new "
                    + "version.")
    @PutMapping("/{id}")
    Mono<ResponseEntity<L>> replace(Caller caller,
                                    @Parameter(description = "The listing's id")
                                    @PathVariable UUID id, @RequestBody R request,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return service.replace(caller, id, request, IfMatch.parse(ifMatch)).map(ListingController::withETag);
    }

    @Operation(summary = "Change a listing",
            description = "Applies a JSON merge patch (RFC 7386) to the listing's terms (owner or ADMIN), honouring "
                    + "If-Match; fields left out keep their values, null clears an optional one.")
    @PatchMapping(path = "/{id}", consumes = {MERGE_PATCH_JSON, MediaType.APPLICATION_JSON_VALUE})
    Mono<ResponseEntity<L>> patch(Caller caller,
                                  @Parameter(description = "The listing's id")
                                  @PathVariable UUID id,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A JSON merge "
                                          + "patch of the listing's terms: any of the fields PUT takes, objects "
                                          + "merging member by member ({\"quantity\": {\"amount\": 5}} keeps the "
                                          + "unit)", content = @Content(mediaType = MERGE_PATCH_JSON,
                                          examples = @ExampleObject("{\"quantity\": {\"amount\": 5}, "
                                                  + "\"description\": null}")))
                                  @RequestBody JsonNode patch,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return service.patch(caller, id, patch, IfMatch.parse(ifMatch)).map(ListingController::withETag);
    }

    @Operation(summary = "Delete or close a listing",
            description = "Deletes a draft and closes anything else (owner or ADMIN), honouring If-Match; a MATCHED "
                    + "listing can only be closed.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(Caller caller, @Parameter(description = "The listing's id") @PathVariable UUID id,
                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return service.delete(caller, id, IfMatch.parse(ifMatch));
    }


    /** A page as GeoJSON (RFC 7946): each listing a Feature with its site's Point and the listing as properties. */
    private static FeatureCollection features(Page<? extends Listing> page) {
        return new FeatureCollection(page.items().stream()
                .map(listing -> new FeatureCollection.Feature(listing.id(), listing.location(), listing)).toList(),
                page.next());
    }

    private static <L extends Listing> ResponseEntity<L> withETag(L listing) {
        return ResponseEntity.ok().eTag(IfMatch.etag(listing.version())).body(listing);
    }
}
