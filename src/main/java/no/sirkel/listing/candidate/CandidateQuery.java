package no.sirkel.listing.candidate;

import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.web.FieldErrors;

/**
 * The query parameters of a candidate search, checked: how many candidates and under which rules.
 *
 * @param limit at most this many candidates, 1..{@value #MAX_LIMIT}
 * @param rules the eligibility and cost rules with the caller's haul limit, road factor and unit costs
 */
record CandidateQuery(int limit, CandidateRules rules) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;
    /** The longest haul limit a search may ask for, road km: far beyond any sensible haul of masses. */
    static final double MAX_HAUL_KM_LIMIT = 500;

    /** Applies the defaults to absent parameters; refuses (422, naming each parameter) values out of range. */
    static CandidateQuery of(Integer limit, Double maxHaulKm, Double roadFactor, Double costPerTonneKm,
                             Double co2KgPerTonneKm) {
        int checkedLimit = limit == null ? DEFAULT_LIMIT : limit;
        double haul = maxHaulKm == null ? CandidateRules.DEFAULT_MAX_HAUL_KM : maxHaulKm;
        double factor = roadFactor == null ? Parameters.DEFAULT_ROAD_FACTOR : roadFactor;
        double cost = costPerTonneKm == null ? Parameters.DEFAULT_COST_PER_TONNE_KM : costPerTonneKm;
        double co2 = co2KgPerTonneKm == null ? Parameters.DEFAULT_CO2_KG_PER_TONNE_KM : co2KgPerTonneKm;
        new FieldErrors()
                .check(checkedLimit >= 1 && checkedLimit <= MAX_LIMIT, "limit", "field.between", 1, MAX_LIMIT)
                .check(haul > 0 && haul <= MAX_HAUL_KM_LIMIT, "maxHaulKm",
                        "field.positiveAtMostKm", (int) MAX_HAUL_KM_LIMIT)
                .check(factor >= 1 && factor <= 10, "roadFactor", "field.between", 1, 10)
                .check(cost >= 0 && Double.isFinite(cost), "costPerTonneKm", "field.numberNotNegative")
                .check(co2 >= 0 && Double.isFinite(co2), "co2KgPerTonneKm", "field.numberNotNegative")
                .throwIfAny();
        return new CandidateQuery(checkedLimit, new CandidateRules(factor, cost, co2, haul));
    }
}
