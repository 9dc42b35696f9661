package no.sirkel.listing.candidate;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.listing.candidate.Candidates.DemandCandidate;
import no.sirkel.listing.candidate.Candidates.SupplyCandidate;
import no.sirkel.security.Caller;
import reactor.core.publisher.Mono;

/**
 * Candidate searches: for a supply, the active demands that could take it; for a demand, the active supplies it could
 * take; each ranked by estimated transport cost per tonne. For the listing's company, planners and admins.
 */
@RestController
@RequestMapping("/api/v1")
class CandidateController {

    /** The query parameters both searches take, described once. */
    private static final String LISTING_ID = "The listing's id";
    private static final String LIMIT = "Candidates to answer, 1 to 200 (20 by default)";
    private static final String MAX_HAUL_KM = "Longest road haul to consider, km, more than 0 and at most 500 (80 by "
            + "default)";
    private static final String ROAD_FACTOR = "Road km per great-circle km (the optimizer's default where left out)";
    private static final String COST_PER_TONNE_KM = "Transport cost, NOK per tonne-km (the optimizer's default where "
            + "left out)";
    private static final String CO2_KG_PER_TONNE_KM = "Transport emissions, kg CO2 per tonne-km (the optimizer's "
            + "default where left out)";

    private final CandidateSearch search;

    CandidateController(CandidateSearch search) {
        this.search = search;
    }

    @Operation(summary = "Candidates for a supply",
            description = "Active demands the optimizer's rules allow for this supply (material, condition class, "
                    + "windows, haul limit), cheapest transport per tonne first, each with road km, NOK/t, kg CO2/t "
                    + "and the saving against the cheapest landfill. For the owner, PLANNER and ADMIN; other "
                    + "companies' demands are shown to a member without company, site or exact location.")
    @GetMapping("/supplies/{id}/candidates")
    Mono<Candidates<DemandCandidate>> forSupply(Caller caller,
                                                @Parameter(description = LISTING_ID) @PathVariable UUID id,
                                                @Parameter(description = LIMIT) @RequestParam(required = false) Integer limit,
                                                @Parameter(description = MAX_HAUL_KM) @RequestParam(required = false) Double maxHaulKm,
                                                @Parameter(description = ROAD_FACTOR) @RequestParam(required = false) Double roadFactor,
                                                @Parameter(description = COST_PER_TONNE_KM) @RequestParam(required = false) Double costPerTonneKm,
                                                @Parameter(description = CO2_KG_PER_TONNE_KM) @RequestParam(required = false) Double co2KgPerTonneKm) {
        CandidateQuery query = CandidateQuery.of(limit, maxHaulKm, roadFactor, costPerTonneKm, co2KgPerTonneKm);
        return search.forSupply(caller, id, query);
    }

    @Operation(summary = "Candidates for a demand",
            description = "Active supplies the optimizer's rules allow for this demand, cheapest transport per tonne "
                    + "first, each with road km, NOK/t, kg CO2/t and the saving against the cheapest quarry. For the "
                    + "owner, PLANNER and ADMIN.")
    @GetMapping("/demands/{id}/candidates")
    Mono<Candidates<SupplyCandidate>> forDemand(Caller caller,
                                                @Parameter(description = LISTING_ID) @PathVariable UUID id,
                                                @Parameter(description = LIMIT) @RequestParam(required = false) Integer limit,
                                                @Parameter(description = MAX_HAUL_KM) @RequestParam(required = false) Double maxHaulKm,
                                                @Parameter(description = ROAD_FACTOR) @RequestParam(required = false) Double roadFactor,
                                                @Parameter(description = COST_PER_TONNE_KM) @RequestParam(required = false) Double costPerTonneKm,
                                                @Parameter(description = CO2_KG_PER_TONNE_KM) @RequestParam(required = false) Double co2KgPerTonneKm) {
        CandidateQuery query = CandidateQuery.of(limit, maxHaulKm, roadFactor, costPerTonneKm, co2KgPerTonneKm);
        return search.forDemand(caller, id, query);
    }
}
