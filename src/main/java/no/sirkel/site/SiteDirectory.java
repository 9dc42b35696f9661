package no.sirkel.site;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import no.sirkel.geo.Coordinates;
import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lets other features look up a site: its owning company (to check who may use it) and its coordinates. Deleted sites
 * are not found.
 */
@Service
public class SiteDirectory {

    /** Sites a company may have; more is an import's mistake, not a company's sites. */
    static final int MAX_SITES_PER_COMPANY = 10_000;

    private final SiteRepository sites;
    private final SiteCache cache;
    private final Coordinates coordinates;

    SiteDirectory(SiteRepository sites, SiteCache cache, Coordinates coordinates) {
        this.sites = sites;
        this.cache = cache;
        this.coordinates = coordinates;
    }

    /** The company's live sites, in id order (at most {@value #MAX_SITES_PER_COMPANY}). */
    public Flux<Site> findByCompany(UUID companyId) {
        return sites.find(companyId, null, null, MAX_SITES_PER_COMPANY);
    }

    /**
     * What is wrong with a new site as {@code POST /api/v1/sites} would judge it (name, location in {@code crs} and
     * the service region, municipality, address); empty where it is valid. The company is taken as registered.
     */
    public List<ApiException.FieldError> problemsOfNewSite(UUID companyId, String name, GeoJsonPoint location, Crs crs,
                                                           String municipality, String address) {
        try {
            new SiteController.SiteRequest(companyId, name, location, municipality, address)
                    .validated(companyId, coordinates, crs);
            return List.of();
        } catch (ApiException invalid) {
            return invalid.errors();
        }
    }

    /**
     * Registers a site of a registered company, validated as {@link #problemsOfNewSite}; the caller checks that it
     * may write for the company.
     */
    public Mono<Site> register(UUID companyId, String name, GeoJsonPoint location, Crs crs, String municipality,
                               String address) {
        return Mono.fromCallable(() -> new SiteController.SiteRequest(companyId, name, location, municipality,
                        address).validated(companyId, coordinates, crs))
                .flatMap(fields -> sites.insert(companyId, fields));
    }

    /** The site, or empty where no live site has the id (null included). */
    public Mono<Site> find(UUID siteId) {
        return siteId == null ? Mono.empty() : sites.findById(siteId);
    }

    /**
     * The live sites among the ids that the caller may see ({@link Site#visibleTo}), in no particular order, for
     * naming them in answers: from {@link SiteCache}, so a change committed on another instance shows once it is
     * announced.
     */
    public Flux<Site> findVisible(Caller caller, Collection<UUID> siteIds) {
        return siteIds.isEmpty() ? Flux.empty() : cache.findByIds(siteIds).filter(site -> site.visibleTo(caller));
    }
}
