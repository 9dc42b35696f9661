package no.sirkel.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import no.sirkel.company.CompanyNames;
import no.sirkel.facility.Facility;
import no.sirkel.facility.FacilityService;
import no.sirkel.listing.ListingFact;
import no.sirkel.listing.ListingFacts;
import no.sirkel.material.Language;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;
import no.sirkel.security.Caller;
import no.sirkel.site.Site;
import no.sirkel.site.SiteDirectory;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Looks up the names of a scenario's listings, facilities, candidate hubs and materials for a reader (a handful of
 * queries a plan, not one per flow): a listing is named "site (company)" by what the reader may see of them, as the
 * sites and companies features decide; a candidate hub by the name the planner gave it, or its id.
 */
@Component
class PlanNaming {

    private final ListingFacts listings;
    private final SiteDirectory sites;
    private final CompanyNames companies;
    private final FacilityService facilities;
    private final MaterialCatalogue catalogue;
    private final ScenarioRepository scenarios;

    PlanNaming(ListingFacts listings, SiteDirectory sites, CompanyNames companies, FacilityService facilities,
               MaterialCatalogue catalogue, ScenarioRepository scenarios) {
        this.listings = listings;
        this.sites = sites;
        this.companies = companies;
        this.facilities = facilities;
        this.catalogue = catalogue;
        this.scenarios = scenarios;
    }

    /** The names in the scenario's problem as the caller may see them, materials in the language. */
    Mono<PlanNames> of(Caller caller, UUID scenarioId, Problem problem, Language language) {
        Set<UUID> listingIds = uuids(Stream.concat(problem.supplies().stream().map(Supply::id),
                problem.demands().stream().map(Demand::id)));
        Set<UUID> facilityIds = uuids(Stream.of(problem.disposalSites().stream().map(DisposalSite::id),
                problem.virginSources().stream().map(VirginSource::id),
                problem.storageHubs().stream().filter(hub -> !hub.isCandidate()).map(StorageHub::id))
                .flatMap(ids -> ids));
        Mono<Map<String, String>> listingNames = listings.byIds(listingIds).flatMap(facts -> {
            List<ListingFact> found = new ArrayList<>(facts.values());
            Set<UUID> siteIds = found.stream().map(ListingFact::siteId).collect(Collectors.toSet());
            Set<UUID> companyIds = found.stream().map(ListingFact::companyId).collect(Collectors.toSet());
            return Mono.zip(sites.findVisible(caller, siteIds).collectMap(Site::id, Site::name),
                    companies.visibleTo(caller, companyIds)).map(names -> {
                        Map<String, String> named = new HashMap<>();
                        for (ListingFact fact : found) {
                            String site = names.getT1().get(fact.siteId());
                            String company = names.getT2().get(fact.companyId());
                            if (site != null || company != null) {
                                named.put(fact.id().toString(), site == null ? company
                                        : company == null ? site : site + " (" + company + ")");
                            }
                        }
                        return named;
                    });
        });
        Mono<Map<String, String>> facilityNames = Flux.fromIterable(facilityIds)
                .concatMap(id -> facilities.find(id).onErrorResume(ApiException.class, gone -> Mono.empty()))
                .collectMap(facility -> facility.id().toString(), Facility::name);
        return Mono.zip(listingNames, facilityNames, catalogue.byCode(), scenarios.candidateNames(scenarioId))
                .map(found -> {
                    Map<String, String> places = new HashMap<>(found.getT1());
                    places.putAll(found.getT2());
                    problem.storageHubs().stream().filter(StorageHub::isCandidate)
                            .forEach(hub -> places.put(hub.id(), found.getT4().getOrDefault(hub.id(), hub.id())));
                    Map<String, String> materials = new HashMap<>();
                    found.getT3().forEach((code, material) -> materials.put(code, material.name(language)));
                    return new PlanNames(places, materials);
                });
    }

    /**
     * The ids that are UUIDs (listings, their stretches and registered facilities); a candidate hub's own id is not.
     */
    private static Set<UUID> uuids(Stream<String> ids) {
        return ids.flatMap(id -> {
            try {
                return Stream.of(UUID.fromString(Snapshot.listingId(id)));
            } catch (IllegalArgumentException notAUuid) {
                return Stream.empty();
            }
        }).collect(Collectors.toSet());
    }
}
