package no.sirkel.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.sirkel.geo.Region;
import no.sirkel.optimizer.problem.Horizon;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.PeriodLength;
import no.sirkel.optimizer.problem.StorageHub;
import tools.jackson.databind.JsonNode;

/**
 * A validated scenario request.
 *
 * @param region     the area whose listings and facilities are planned, or null for everywhere
 * @param regionJson the region as the planner gave it (GeoJSON Polygon), kept for display
 * @param materials  material codes to plan, or null for every material
 * @param seconds    how long the solver may run
 * @param useHubs    whether the registered storage hubs inside the region take part
 * @param candidates candidate hubs the plan may open, ids the scenario's own
 */
record ScenarioSpec(String name, LocalDate from, LocalDate to, Region region, JsonNode regionJson,
                    List<String> materials, Parameters parameters, int seconds, PeriodLength periodLength,
                    boolean useHubs, List<StorageHub> candidates) {

    /**
     * Whether the scenario plans over time (optimizer format v2). One without periods ({@code HORIZON}), without
     * hubs ({@code useHubs} false) and without candidates is the static plan of format v1, as scenarios were before.
     */
    boolean timed() {
        return periodLength != PeriodLength.HORIZON || useHubs || !candidates.isEmpty();
    }

    /** The optimizer parameters of the problem: the request's, and in v2 its horizon and periods. */
    Parameters problemParameters() {
        if (!timed()) {
            return parameters;
        }
        return new Parameters(parameters.objective(), parameters.costPerTonneKm(), parameters.co2KgPerTonneKm(),
                parameters.fixedCostPerRoute(), parameters.roadFactor(), parameters.maxHaulKm(),
                parameters.truckPayloadTonnes(), parameters.unplacedPenaltyPerTonne(),
                parameters.unmetPenaltyPerTonne(), new Horizon(from, to), periodLength);
    }

    /** The share of a year the horizon covers, both ends counted (365 days to a year). */
    double yearShare() {
        return (ChronoUnit.DAYS.between(from, to) + 1) / DAYS_PER_YEAR;
    }

    static final double DAYS_PER_YEAR = 365.0;
}
