package no.sirkel.listing;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import no.sirkel.listing.ListingRepository.NewListing;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.site.Site;
import no.sirkel.site.SiteDirectory;
import no.sirkel.web.ApiException;
import no.sirkel.web.IfMatch;
import no.sirkel.web.FieldErrors;
import no.sirkel.web.Page;
import no.sirkel.web.Paging;
import no.sirkel.web.ProblemTexts;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The rules of one kind of listing (supplies or demands): who may see and change it, validation, versions and status
 * transitions. Members see other companies' listings only while ACTIVE (otherwise 404) and change only their own
 * company's (otherwise 403); admins change all; planners only read.
 *
 * <p>Writes check the version the writer read in the same SQL statement that bumps it. A write with {@code If-Match}
 * that finds another version gets 412; a write without one is re-read and re-applied on top of whatever a concurrent
 * writer left, so no update is ever lost.
 */
final class ListingService<L extends Listing, R extends ListingRequest<F>, F extends ListingFields> {

    private static final int ATTEMPTS = 8;

    private final String what;
    private final ListingRepository<L, F> listings;
    private final ListingInserts<L, F> inserts;
    private final SiteDirectory sites;
    private final MaterialCatalogue catalogue;
    private final ObjectMapper json;
    private final ListingChanges changes;
    private final Class<R> requestType;
    private final Function<L, R> asRequest;
    private final UnaryOperator<L> anonymised;

    /**
     * @param what      the listing kind as users name it, {@code supply} or {@code demand}
     * @param asRequest  the listing as a request, the base of merge patches
     * @param anonymised the listing as other companies' members see it ({@link ListingPrivacy})
     */
    ListingService(String what, ListingRepository<L, F> listings, SiteDirectory sites, MaterialCatalogue catalogue,
                   ObjectMapper json, ListingChanges changes, Class<R> requestType, Function<L, R> asRequest,
                   UnaryOperator<L> anonymised) {
        this.what = what;
        this.listings = listings;
        this.inserts = new ListingInserts<>(listings);
        this.sites = sites;
        this.catalogue = catalogue;
        this.json = json;
        this.changes = changes;
        this.requestType = requestType;
        this.asRequest = asRequest;
        this.anonymised = anonymised;
    }

    /**
     * Creates the listing on its own, outside any transaction, as {@link #createWithin} does; creates that come at
     * the same moment share one insert ({@link ListingInserts}).
     */
    Mono<L> create(Caller caller, R request) {
        return create(caller, request, inserts::insert);
    }

    /** Creates the listing in the caller's transaction, where there is one. */
    Mono<L> createWithin(Caller caller, R request) {
        return create(caller, request, listings::insert);
    }

    /**
     * The request is validated once; a valid one takes one insert, which checks that the site is registered and the
     * writer's. Only where something is wrong is the site looked up, to tell the caller all of it.
     */
    private Mono<L> create(Caller caller, R request, Function<NewListing<F>, Mono<L>> insert) {
        caller.requireRole(Role.MEMBER, Role.ADMIN);
        UUID writer = caller.isAdmin() ? null : caller.companyId();
        return catalogue.byCode().flatMap(materials -> {
            FieldErrors errors = new FieldErrors();
            F fields = request.check(materials, null, errors);
            Mono<L> inserted = fields == null ? Mono.empty() : insert.apply(NewListing.of(fields, writer));
            return inserted.switchIfEmpty(Mono.defer(() -> refusal(caller, request, errors)));
        });
    }

    /**
     * Why a creation was refused: the site is another company's (403), or is not registered, or other fields are
     * wrong (422 naming each).
     */
    private Mono<L> refusal(Caller caller, R request, FieldErrors errors) {
        return sites.find(request.siteId()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(site -> {
            site.ifPresent(found -> caller.requireWriteFor(found.companyId()));
            request.checkSiteRegistered(site.isPresent(), errors);
            errors.throwIfAny();
            return Mono.error(ApiException.invalid("siteId", "field.notASite"));
        });
    }

    /** The listing as the caller may see it ({@link ListingPrivacy}); 404 where the caller may not see it at all. */
    Mono<L> read(Caller caller, UUID id) {
        return visible(caller, id).map(listing -> shown(caller, listing));
    }

    /** The listing, complete, where the caller may see it; 404 otherwise. */
    private Mono<L> visible(Caller caller, UUID id) {
        return listings.findById(id)
                .filter(listing -> caller.role() != Role.MEMBER || listing.status() == ListingStatus.ACTIVE
                        || caller.isMemberOf(listing.companyId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound(what, id)));
    }

    /** Replaces every editable field (PUT); fields left out become empty, a left-out status stays as it is. */
    Mono<L> replace(Caller caller, UUID id, R request, IfMatch ifMatch) {
        return write(caller, id, ifMatch, current -> Mono.just(request));
    }

    /** Applies a JSON merge patch (RFC 7386) to the listing as its owner wrote it. */
    Mono<L> patch(Caller caller, UUID id, JsonNode patch, IfMatch ifMatch) {
        if (patch == null || !patch.isObject()) {
            return Mono.error(ApiException.badRequest("body", "field.mergePatch"));
        }
        return write(caller, id, ifMatch, current -> Mono.fromCallable(() -> {
            JsonNode merged = JsonMergePatch.apply(json.valueToTree(asRequest.apply(current)), patch);
            try {
                return json.treeToValue(merged, requestType);
            } catch (JacksonException e) {
                throw new ServerWebInputException("the patched " + what + " cannot be read", null, e);
            }
        }));
    }

    /**
     * Withdraws the listing: a draft is deleted, a published one is closed (and stays, for the record). Closing a
     * closed listing changes nothing.
     */
    Mono<Void> delete(Caller caller, UUID id, IfMatch ifMatch) {
        return retryingStale(ifMatch, Mono.defer(() -> writable(caller, id, ifMatch).flatMap(current -> switch (
                current.status()) {
            case DRAFT -> listings.deleteDraft(id, current.version())
                    .flatMap(deleted -> deleted ? Mono.<Void>empty() : Mono.error(new StaleVersion()));
            case CLOSED -> Mono.<Void>empty();
            case ACTIVE, MATCHED -> changes.announcing(id, listings.changeStatus(id, current.version(),
                    ListingStatus.CLOSED).switchIfEmpty(Mono.error(new StaleVersion()))).then();
        })));
    }

    /** A page of listings the caller may see, newest first. */
    Mono<Page<L>> search(Caller caller, ListingSearch search) {
        return catalogue.byCode().flatMap(materials -> {
            ListingQuery query = ListingQuery.of(search, materials);
            if (query.companyId() != null && !ListingPrivacy.seesInFull(caller, query.companyId())) {
                throw ApiException.forbidden("auth.ownCompanyFilter");
            }
            return listings.search(query, caller, query.limit() + 1).collectList()
                    .map(found -> Paging.page(found, query.limit(),
                            listing -> new ListingCursor(listing.createdAt(), listing.id()).encode()))
                    .map(page -> new Page<>(page.items().stream().map(listing -> shown(caller, listing)).toList(),
                            page.next()));
        });
    }

    private L shown(Caller caller, L listing) {
        return ListingPrivacy.shown(caller, listing.companyId(), listing, anonymised);
    }

    private Mono<L> write(Caller caller, UUID id, IfMatch ifMatch, Function<L, Mono<R>> requestFor) {
        return retryingStale(ifMatch, Mono.defer(() -> writable(caller, id, ifMatch).flatMap(current -> {
            if (!current.status().editable()) {
                return Mono.error(ApiException.conflict("status", current.status() == ListingStatus.MATCHED
                        ? "field.listing.matchedFixed" : "field.listing.fixed", current.status(),
                        ProblemTexts.resource(what)));
            }
            return requestFor.apply(current)
                    .flatMap(request -> validate(caller, request, current.status(), current.companyId()))
                    .flatMap(fields -> {
                        ListingStatus next = fields.terms().status();
                        if (!current.status().canBecome(next)) {
                            return Mono.error(ApiException.conflict("status",
                                    "field.listing.statusChange", current.status(), next));
                        }
                        return changes.announcing(id, listings.update(id, current.version(), fields)
                                .switchIfEmpty(Mono.error(new StaleVersion())));
                    });
        })));
    }

    /** The current listing where the caller may change it, at a version {@code ifMatch} accepts. */
    private Mono<L> writable(Caller caller, UUID id, IfMatch ifMatch) {
        caller.requireRole(Role.MEMBER, Role.ADMIN);
        return visible(caller, id).flatMap(current -> {
            caller.requireWriteFor(current.companyId());
            return ifMatch.matches(current.version()) ? Mono.just(current) : Mono.error(new StaleVersion());
        });
    }

    /**
     * Validates a request against the catalogue and its site: a site of another company is refused (403 for a
     * member; 422 where an admin would move a listing to another company).
     *
     * @param owner the company the listing belongs to now, or null for a new listing
     */
    private Mono<F> validate(Caller caller, R request, ListingStatus current, UUID owner) {
        return Mono.zip(sites.find(request.siteId()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                catalogue.byCode()).map(found -> {
                    Site site = found.getT1().orElse(null);
                    if (site != null) {
                        caller.requireWriteFor(site.companyId());
                        if (owner != null && !owner.equals(site.companyId())) {
                            throw ApiException.invalid("siteId", "field.listing.otherCompanysSite",
                                    ProblemTexts.resource(what));
                        }
                    }
                    return request.validated(site != null, found.getT2(), current);
                });
    }

    private <T> Mono<T> retryingStale(IfMatch ifMatch, Mono<T> attempt) {
        return attempt
                .retryWhen(Retry.backoff(ifMatch.given() ? 0 : ATTEMPTS - 1, Duration.ofMillis(5))
                        .filter(StaleVersion.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .onErrorMap(StaleVersion.class, stale -> ApiException.preconditionFailed(ifMatch.given()
                        ? "detail.changed" : "detail.keptChanging", ProblemTexts.resource(what)));
    }

    /** The version a write read is no longer current. */
    private static final class StaleVersion extends RuntimeException {
        StaleVersion() {
            super(null, null, false, false);
        }
    }
}
