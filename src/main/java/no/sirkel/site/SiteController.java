package no.sirkel.site;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.geo.BoundingBox;
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
 */
@RestController
@RequestMapping("/api/v1/sites")
class SiteController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    private final SiteRepository sites;
    private final ObjectProvider<SiteUse> uses;

    SiteController(SiteRepository sites, ObjectProvider<SiteUse> uses) {
        this.sites = sites;
        this.uses = uses;
    }

    /** Registers a site; a member may leave out {@code companyId} (it defaults to the member's company). */
    @PostMapping
    Mono<ResponseEntity<SiteBody>> create(Caller caller, @RequestBody SiteRequest request) {
        caller.requireRole(Role.MEMBER, Role.ADMIN);
        UUID companyId = request.companyId() != null ? request.companyId() : caller.companyId();
        if (companyId != null) {
            caller.requireWriteFor(companyId);
        }
        SiteRepository.SiteFields fields = request.validated(companyId);
        return sites.companyExists(companyId)
                .flatMap(exists -> exists ? sites.insert(companyId, fields)
                        : Mono.error(ApiException.invalid("companyId", "is not a registered company")))
                .map(site -> ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(SiteBody.of(site)));
    }

    /** Sites in id order: a member's own company's; for planners and admins all, or one company's. */
    @GetMapping
    Mono<Page<SiteBody>> list(Caller caller, @RequestParam(required = false) String companyId,
                              @RequestParam(required = false) String bbox,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) String limit) {
        UUID company = parseUuid(companyId, "companyId");
        BoundingBox box = BoundingBoxParameter.parse(bbox).orElse(null);
        UUID after = Cursor.afterId(cursor);
        int pageSize = Paging.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        if (caller.role() == Role.MEMBER) {
            if (company != null && !caller.isMemberOf(company)) {
                return Mono.just(new Page<>(List.of(), null));
            }
            company = caller.companyId();
        }
        return sites.find(company, box, after, pageSize + 1).map(SiteBody::of).collectList()
                .map(found -> Paging.page(found, pageSize, site -> Cursor.after(site.id())));
    }

    @GetMapping("/{id}")
    Mono<SiteBody> get(Caller caller, @PathVariable UUID id) {
        return readable(caller, id).map(SiteBody::of);
    }

    /** Replaces the site's name, location, municipality and address; listings at the site move with it. */
    @PutMapping("/{id}")
    Mono<SiteBody> replace(Caller caller, @PathVariable UUID id, @RequestBody SiteRequest request) {
        return writable(caller, id).flatMap(site -> {
            if (request.companyId() != null && !request.companyId().equals(site.companyId())) {
                return Mono.error(ApiException.invalid("companyId", "cannot change: a site stays with its company"));
            }
            return sites.update(id, request.validated(site.companyId()));
        }).switchIfEmpty(Mono.error(() -> ApiException.notFound("site", id))).map(SiteBody::of);
    }

    /** Deletes the site; refused (409) while a listing there is still draft, active or matched. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(Caller caller, @PathVariable UUID id) {
        return writable(caller, id)
                .flatMap(site -> Flux.fromStream(uses.orderedStream()).concatMap(use -> use.inUse(id)).any(used -> used))
                .flatMap(used -> used
                        ? Mono.error(ApiException.conflict("id", "the site still has listings that are not closed"))
                        : sites.markDeleted(id).then());
    }

    /** The site where the caller may see it; 404 otherwise, so members cannot probe other companies' sites. */
    private Mono<Site> readable(Caller caller, UUID id) {
        return sites.findById(id)
                .filter(site -> caller.role() != Role.MEMBER || caller.isMemberOf(site.companyId()))
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
            throw ApiException.badRequest(parameter, "is not a valid id");
        }
    }

    /** A site as written by its owner. {@code companyId} is fixed once the site exists. */
    record SiteRequest(UUID companyId, String name, GeoJsonPoint location, String municipality, String address) {

        SiteRepository.SiteFields validated(UUID effectiveCompanyId) {
            FieldErrors errors = new FieldErrors();
            errors.required(effectiveCompanyId, "companyId");
            if (errors.required(name, "name")) {
                errors.check(!name.isBlank() && name.trim().length() <= 200, "name",
                        "must be 1 to 200 characters");
            }
            GeoPoint point = GeoPoint.read(location, "location", errors::add);
            errors.check(municipality == null || municipality.length() <= 100, "municipality",
                    "must be at most 100 characters");
            errors.check(address == null || address.length() <= 300, "address", "must be at most 300 characters");
            errors.throwIfAny();
            return new SiteRepository.SiteFields(name.trim(), point, blankToNull(municipality), blankToNull(address));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** A site as the API shows it, with its location as a GeoJSON Point. */
    record SiteBody(UUID id, UUID companyId, String name, GeoJsonPoint location, String municipality, String address,
                    Instant createdAt) {

        static SiteBody of(Site site) {
            return new SiteBody(site.id(), site.companyId(), site.name(), site.location().toGeoJson(),
                    site.municipality(), site.address(), site.createdAt());
        }
    }
}
