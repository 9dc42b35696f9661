package no.sirkel.site;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.web.CrsParameter;
import no.sirkel.geo.BoundingBox;
import no.sirkel.geo.Coordinates;
import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.geo.GeoPoint;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.BoundingBoxParameter;
import no.sirkel.web.Cursor;
import no.sirkel.web.FieldErrors;
import no.sirkel.web.Page;
import no.sirkel.web.Paging;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sites. Members see and write their own company's sites only; to them another company's site does not exist (404).
 * Planners read all; admins read and write all.
 *
 * <p>Locations are written in WGS84 (GeoJSON order) or, with a {@code Content-Crs} header naming EPSG:25832 or
 * 25833, as easting, northing in metres; answers show them in the CRS the {@code crs} query parameter names (CRS84 by
 * default) and say which in their own {@code Content-Crs} header.
 */
@RestController
@RequestMapping("/api/v1/sites")
class SiteController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final SiteRepository sites;
    private final SiteChanges changes;
    private final Coordinates coordinates;
    private final ObjectProvider<SiteUse> uses;

    SiteController(SiteRepository sites, SiteChanges changes, Coordinates coordinates, ObjectProvider<SiteUse> uses) {
        this.sites = sites;
        this.changes = changes;
        this.coordinates = coordinates;
        this.uses = uses;
    }

    /** Registers a site; a member may leave out {@code companyId} (it defaults to the member's company). */
    @Operation(summary = "Register a site",
            description = "Registers a site of a company (MEMBER for its own company, which it may leave out; ADMIN "
                    + "for any), its location a GeoJSON Point in the CRS Content-Crs names; refused with a hint where "
                    + "the coordinates look swapped.")
    @ApiResponse(responseCode = "201", description = "The site as stored, with Location")
    @PostMapping
    Mono<ResponseEntity<SiteBody>> create(Caller caller, @RequestBody SiteRequest request,
                                          @RequestHeader(value = Crs.HEADER, required = false) String contentCrs,
                                          @RequestParam(required = false) String crs) {
        caller.requireRole(Role.MEMBER, Role.ADMIN);
        Crs written = CrsParameter.parse(contentCrs, Crs.HEADER);
        Crs shown = CrsParameter.parse(crs, "crs");
        UUID companyId = request.companyId() != null ? request.companyId() : caller.companyId();
        if (companyId != null) {
            caller.requireWriteFor(companyId);
        }
        SiteRepository.SiteFields fields = request.validated(companyId, coordinates, written);
        return sites.companyExists(companyId)
                .flatMap(exists -> exists ? sites.insert(companyId, fields)
                        : Mono.error(ApiException.invalid("companyId", "field.notACompany")))
                .map(site -> ResponseEntity.created(URI.create("/api/v1/sites/" + site.id()))
                        .header(Crs.HEADER, shown.header()).body(SiteBody.of(site, shown)));
    }

    /** Sites in id order: a member's own company's; for planners and admins all, or one company's. */
    @Operation(summary = "List sites",
            description = "A page of sites in id order: a member's own company's; for PLANNER and ADMIN all or one "
                    + "company's; limit up to 1000, 100 by default.")
    @GetMapping
    Mono<ResponseEntity<Page<SiteBody>>> list(Caller caller,
                                              @Parameter(description = "Only this company's sites (its id); a "
                                                      + "member's own company only")
                                              @RequestParam(required = false) String companyId,
                                              @RequestParam(required = false) String bbox,
                                              @RequestParam(required = false) String cursor,
                                              @RequestParam(required = false) String limit,
                                              @RequestParam(required = false) String crs) {
        Crs shown = CrsParameter.parse(crs, "crs");
        UUID company = parseUuid(companyId, "companyId");
        BoundingBox box = BoundingBoxParameter.parse(bbox).orElse(null);
        UUID after = Cursor.afterId(cursor);
        int pageSize = Paging.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        if (caller.role() == Role.MEMBER) {
            if (company != null && !caller.isMemberOf(company)) {
                return Mono.just(inCrs(shown, new Page<>(List.of(), null)));
            }
            company = caller.companyId();
        }
        return sites.find(company, box, after, pageSize + 1).map(site -> SiteBody.of(site, shown)).collectList()
                .map(found -> Paging.page(found, pageSize, site -> Cursor.after(site.id())))
                .map(page -> inCrs(shown, page));
    }

    @Operation(summary = "Read a site",
            description = "One site, in the CRS `crs` names; another company's site does not exist for a member "
                    + "(404).")
    @GetMapping("/{id}")
    Mono<ResponseEntity<SiteBody>> get(Caller caller, @Parameter(description = "The site's id") @PathVariable UUID id,
                                       @RequestParam(required = false) String crs) {
        Crs shown = CrsParameter.parse(crs, "crs");
        return readable(caller, id).map(site -> inCrs(shown, SiteBody.of(site, shown)));
    }

    /** Replaces the site's name, location, municipality and address; listings at the site move with it. */
    @Operation(summary = "Replace a site",
            description = "Replaces the site's name, location, municipality and address; listings at the site move "
                    + "with it. A site stays with its company.")
    @PutMapping("/{id}")
    Mono<ResponseEntity<SiteBody>> replace(Caller caller,
                                           @Parameter(description = "The site's id")
                                           @PathVariable UUID id, @RequestBody SiteRequest request,
                                           @RequestHeader(value = Crs.HEADER, required = false) String contentCrs,
                                           @RequestParam(required = false) String crs) {
        Crs written = CrsParameter.parse(contentCrs, Crs.HEADER);
        Crs shown = CrsParameter.parse(crs, "crs");
        return writable(caller, id).flatMap(site -> {
            if (request.companyId() != null && !request.companyId().equals(site.companyId())) {
                return Mono.error(ApiException.invalid("companyId", "field.site.company"));
            }
            return changes.replace(id, request.validated(site.companyId(), coordinates, written));
        }).switchIfEmpty(Mono.error(() -> ApiException.notFound("site", id)))
                .map(site -> inCrs(shown, SiteBody.of(site, shown)));
    }

    private static <T> ResponseEntity<T> inCrs(Crs crs, T body) {
        return ResponseEntity.ok().header(Crs.HEADER, crs.header()).body(body);
    }

    /** Deletes the site; refused (409) while a listing there is still draft, active or matched. */
    @Operation(summary = "Delete a site",
            description = "Deletes the site; refused while a listing there is still draft, active or matched.")
    @ApiResponse(responseCode = "409", description = "The site still has listings that are not closed")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(Caller caller, @Parameter(description = "The site's id") @PathVariable UUID id) {
        return writable(caller, id)
                .flatMap(site -> Flux.fromStream(uses.orderedStream()).concatMap(use -> use.inUse(id)).any(used -> used))
                .flatMap(used -> used
                        ? Mono.error(ApiException.conflict("id", "field.site.openListings"))
                        : changes.delete(id).then());
    }

    /** The site where the caller may see it; 404 otherwise, so members cannot probe other companies' sites. */
    private Mono<Site> readable(Caller caller, UUID id) {
        return sites.findById(id)
                .filter(site -> site.visibleTo(caller))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("site", id)));
    }

    private Mono<Site> writable(Caller caller, UUID id) {
        caller.requireRole(Role.MEMBER, Role.ADMIN);
        return readable(caller, id);
    }

    private static UUID parseUuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(parameter, "field.notAnId");
        }
    }

    /** A site as written by its owner. {@code companyId} is fixed once the site exists. */
    @Schema(description = "A site as written by its owner", example = """
            {
              "name": "Brattøra byggetrinn 2",
              "location": {
                "type": "Point",
                "coordinates": [10.3951, 63.4305]
              },
              "municipality": "Trondheim",
              "address": "Brattørkaia 15"
            }""")
    record SiteRequest(@Schema(description = "The site's company; a member may leave it out (its own); fixed once the "
                               + "site exists")
                       UUID companyId,
                       @Schema(description = "The site's name, 1 to 200 characters") String name,
                       @Schema(description = "Where the site is: a GeoJSON Point in the CRS Content-Crs names (WGS84 "
                               + "longitude, latitude by default)")
                       GeoJsonPoint location,
                       @Schema(description = "The municipality, at most 100 characters") String municipality,
                       @Schema(description = "Street address, at most 300 characters") String address) {

        /** @param crs the CRS {@code location} is written in */
        SiteRepository.SiteFields validated(UUID effectiveCompanyId, Coordinates coordinates, Crs crs) {
            FieldErrors errors = new FieldErrors();
            errors.required(effectiveCompanyId, "companyId");
            if (errors.required(name, "name")) {
                errors.check(!name.isBlank() && name.trim().length() <= 200, "name",
                        "field.name200");
            }
            GeoPoint point = coordinates.read(location, crs, "location", errors::add);
            errors.check(municipality == null || municipality.length() <= 100, "municipality",
                    "field.atMostCharacters", 100);
            errors.check(address == null || address.length() <= 300, "address", "field.atMostCharacters", 300);
            errors.throwIfAny();
            return new SiteRepository.SiteFields(name.trim(), point, blankToNull(municipality), blankToNull(address));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** A site as the API shows it, with its location as a GeoJSON-shaped Point in the CRS asked for. */
    record SiteBody(@Schema(description = "The site's id") UUID id,
                    @Schema(description = "The site's company") UUID companyId,
                    @Schema(description = "The site's name") String name,
                    @Schema(description = "Where the site is, a GeoJSON Point in the CRS asked for (Content-Crs of the "
                            + "answer)")
                    GeoJsonPoint location,
                    @Schema(description = "The municipality, or null") String municipality,
                    @Schema(description = "Street address, or null") String address,
                    @Schema(description = "When the site was registered (ISO 8601 UTC)") Instant createdAt) {

        static SiteBody of(Site site, Crs crs) {
            return new SiteBody(site.id(), site.companyId(), site.name(),
                    Coordinates.show(site.location().toGeoJson(), crs), site.municipality(), site.address(),
                    site.createdAt());
        }
    }
}
