package no.sirkel.listing.candidate;

import java.util.UUID;

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

    private final CandidateSearch search;

    CandidateController(CandidateSearch search) {
        this.search = search;
    }

    @GetMapping("/supplies/{id}/candidates")
    Mono<Candidates<DemandCandidate>> forSupply(Caller caller, @PathVariable UUID id,
                                                @RequestParam(required = false) Integer limit,
                                                @RequestParam(required = false) Double maxHaulKm,
                                                @RequestParam(required = false) Double roadFactor,
                                                @RequestParam(required = false) Double costPerTonneKm,
                                                @RequestParam(required = false) Double co2KgPerTonneKm) {
        CandidateQuery query = CandidateQuery.of(limit, maxHaulKm, roadFactor, costPerTonneKm, co2KgPerTonneKm);
        return search.forSupply(caller, id, query);
    }

    @GetMapping("/demands/{id}/candidates")
    Mono<Candidates<SupplyCandidate>> forDemand(Caller caller, @PathVariable UUID id,
                                                @RequestParam(required = false) Integer limit,
                                                @RequestParam(required = false) Double maxHaulKm,
                                                @RequestParam(required = false) Double roadFactor,
                                                @RequestParam(required = false) Double costPerTonneKm,
                                                @RequestParam(required = false) Double co2KgPerTonneKm) {
        CandidateQuery query = CandidateQuery.of(limit, maxHaulKm, roadFactor, costPerTonneKm, co2KgPerTonneKm);
        return search.forDemand(caller, id, query);
    }
}
