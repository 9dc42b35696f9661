package no.sirkel.listing.candidate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import no.sirkel.facility.Facility;
import no.sirkel.facility.FacilityService;
import no.sirkel.facility.FacilityType;
import no.sirkel.geo.GeoPoint;
import no.sirkel.listing.ListingPrivacy;
import no.sirkel.listing.ListingStatus;
import no.sirkel.listing.candidate.CandidateRepository.DemandRow;
import no.sirkel.listing.candidate.CandidateRepository.SupplyRow;
import no.sirkel.listing.candidate.Candidates.Alternative;
import no.sirkel.listing.candidate.Candidates.DemandCandidate;
import no.sirkel.listing.candidate.Candidates.SupplyCandidate;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/**
 * Finds the active listings of the other kind that a supply or demand could be matched with, ranked by estimated
 * transport cost per tonne, with the savings against the listing's cheapest landfill or quarry.
 */
@Service
class CandidateSearch {

    /**
     * Rows fetched beyond the page: the SQL pre-filter is slightly wider than the rules, so the rules may drop a
     * boundary row or two and the page should still be full.
     */
    private static final int SPARE_ROWS = 4;

    private final CandidateRepository repository;
    private final FacilityService facilities;

    CandidateSearch(CandidateRepository repository, FacilityService facilities) {
        this.repository = repository;
        this.facilities = facilities;
    }

    Mono<Candidates<DemandCandidate>> forSupply(Caller caller, UUID supplyId, CandidateQuery query) {
        CandidateRules rules = query.rules();
        return repository.supply(supplyId)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("supply", supplyId)))
                .flatMap(supply -> {
                    requireMayView(caller, "supply", supplyId, supply.companyId(), supply.status());
                    CandidateRules.Supply terms = supply.terms();
                    Mono<Optional<Alternative>> alternative = facilities.active(FacilityType.DISPOSAL, null)
                            .collectList()
                            .map(sites -> cheapest(sites, site -> rules.disposalCostPerTonne(terms,
                                    new CandidateRules.Disposal(site.location().position().lat(),
                                            site.location().position().lon(), site.accepts(),
                                            site.maxContaminationClass(), site.gateFeePerTonne().doubleValue())),
                                    rules, supply.lat(), supply.lon()));
                    Mono<List<DemandRow>> demands = repository.demandsFor(supply, rules, query.limit() + SPARE_ROWS)
                            .collectList();
                    return Mono.zip(alternative, demands).map(found -> new Candidates<>(supplyId, "SUPPLY",
                            Candidates.Parameters.of(query), found.getT1().orElse(null),
                            found.getT2().stream()
                                    .flatMap(demand -> rules.match(terms, demand.terms()).stream()
                                            .map(estimate -> ListingPrivacy.shown(caller, demand.companyId(),
                                                    demandCandidate(demand, estimate, found.getT1().orElse(null)),
                                                    DemandCandidate::anonymised)))
                                    .sorted(Comparator.comparingDouble(DemandCandidate::costPerTonne)
                                            .thenComparingDouble(DemandCandidate::km)
                                            .thenComparing(DemandCandidate::id))
                                    .limit(query.limit())
                                    .toList()));
                });
    }

    Mono<Candidates<SupplyCandidate>> forDemand(Caller caller, UUID demandId, CandidateQuery query) {
        CandidateRules rules = query.rules();
        return repository.demand(demandId)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("demand", demandId)))
                .flatMap(demand -> {
                    requireMayView(caller, "demand", demandId, demand.companyId(), demand.status());
                    CandidateRules.Demand terms = demand.terms();
                    Mono<Optional<Alternative>> alternative = facilities.active(FacilityType.VIRGIN_SOURCE, null)
                            .collectList()
                            .map(sources -> cheapest(sources, source -> rules.virginCostPerTonne(
                                    new CandidateRules.VirginSource(source.location().position().lat(),
                                            source.location().position().lon(), source.materials(),
                                            source.pricePerTonne().doubleValue()), terms),
                                    rules, demand.lat(), demand.lon()));
                    Mono<List<SupplyRow>> supplies = repository.suppliesFor(demand, rules, query.limit() + SPARE_ROWS)
                            .collectList();
                    return Mono.zip(alternative, supplies).map(found -> new Candidates<>(demandId, "DEMAND",
                            Candidates.Parameters.of(query), found.getT1().orElse(null),
                            found.getT2().stream()
                                    .flatMap(supply -> rules.match(supply.terms(), terms).stream()
                                            .map(estimate -> ListingPrivacy.shown(caller, supply.companyId(),
                                                    supplyCandidate(supply, estimate, found.getT1().orElse(null)),
                                                    SupplyCandidate::anonymised)))
                                    .sorted(Comparator.comparingDouble(SupplyCandidate::costPerTonne)
                                            .thenComparingDouble(SupplyCandidate::km)
                                            .thenComparing(SupplyCandidate::id))
                                    .limit(query.limit())
                                    .toList()));
                });
    }

    /**
     * The listing's owner, planners and admins may search. Others learn that an active listing exists (active
     * listings are public) but not that a draft, closed or matched one does.
     */
    private static void requireMayView(Caller caller, String kind, UUID id, UUID ownerCompanyId,
                                       ListingStatus status) {
        if (caller.isAdmin() || caller.isPlanner() || caller.isMemberOf(ownerCompanyId)) {
            return;
        }
        if (status != ListingStatus.ACTIVE) {
            throw ApiException.notFound(kind, id);
        }
        throw ApiException.forbidden("auth.candidate.listingCompany");
    }

    private static Optional<Alternative> cheapest(List<Facility> facilities,
                                                  Function<Facility, OptionalDouble> costPerTonne,
                                                  CandidateRules rules, double lat, double lon) {
        Alternative best = null;
        for (Facility facility : facilities) {
            OptionalDouble cost = costPerTonne.apply(facility);
            if (cost.isPresent() && (best == null || cost.getAsDouble() < best.costPerTonne())) {
                GeoPoint at = facility.location().position();
                best = new Alternative(facility.id(), facility.type().name(), facility.name(),
                        rules.roadKm(lat, lon, at.lat(), at.lon()), cost.getAsDouble());
            }
        }
        return Optional.ofNullable(best);
    }

    private static DemandCandidate demandCandidate(DemandRow demand, CandidateRules.Estimate estimate,
                                                   Alternative alternative) {
        return new DemandCandidate(demand.id(), demand.companyId(), demand.siteId(), demand.siteName(),
                new GeoPoint(demand.lon(), demand.lat()).toGeoJson(), demand.municipality(), demand.accepts(),
                demand.maxContaminationClass(), demand.tonnes(), demand.kind(), demand.neededFrom(),
                demand.neededTo(), demand.maxHaulKm(), estimate.km(), estimate.costPerTonne(),
                estimate.co2KgPerTonne(), saving(alternative, estimate));
    }

    private static SupplyCandidate supplyCandidate(SupplyRow supply, CandidateRules.Estimate estimate,
                                                   Alternative alternative) {
        return new SupplyCandidate(supply.id(), supply.companyId(), supply.siteId(), supply.siteName(),
                new GeoPoint(supply.lon(), supply.lat()).toGeoJson(), supply.municipality(), supply.material(),
                supply.contaminationClass(), supply.tonnes(), supply.kind(), supply.availableFrom(),
                supply.availableTo(), estimate.km(), estimate.costPerTonne(), estimate.co2KgPerTonne(),
                saving(alternative, estimate));
    }

    private static Double saving(Alternative alternative, CandidateRules.Estimate estimate) {
        return alternative == null ? null : alternative.costPerTonne() - estimate.costPerTonne();
    }
}
