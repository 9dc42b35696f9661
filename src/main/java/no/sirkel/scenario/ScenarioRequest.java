package no.sirkel.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.geo.Region;
import no.sirkel.material.Material;
import no.sirkel.optimizer.problem.InvalidProblemException;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.ParametersReader;
import no.sirkel.optimizer.problem.PeriodLength;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.web.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * What a planner asks for: which part of the marketplace to plan (horizon, region, materials), with which optimizer
 * parameters (as in the optimizer problem format), and for how long to solve; how the horizon is cut into periods
 * ({@code MONTH} by default), whether the registered storage hubs take part (by default they do), and candidate hubs
 * in the optimizer format v2's {@code storageHubs} form, each with its {@code openingCost} and optionally a
 * {@code name} for the planner (the format has no place for it; the scenario keeps it beside the problem).
 */
@Schema(description = "What a planner asks the optimizer to plan", example = """
        {
          "name": "Spring 2027",
          "horizon": {
            "from": "2027-03-01",
            "to": "2027-09-30"
          },
          "materials": ["CLAY", "CRUSHED_ROCK"],
          "seconds": 60,
          "periodLength": "MONTH"
        }""")
record ScenarioRequest(@Schema(description = "The scenario's name, 1 to 200 characters") String name,
                       @Schema(description = "The days to plan") Horizon horizon,
                       @Schema(description = "Only listings and facilities inside this GeoJSON Polygon (WGS84); the "
                               + "whole marketplace where left out", implementation = Object.class)
                       JsonNode region,
                       @Schema(description = "Only these material codes (1 or more); every material where left out")
                       List<String> materials,
                       @Schema(description = "The optimizer's parameters (optimizer problem format: road factor, costs "
                               + "per tonne-km, CO2, ...); its defaults where left out", implementation = Object.class)
                       JsonNode parameters,
                       @Schema(description = "How long the optimizer may solve, 1 to 3600 seconds (30 by default)")
                       Integer seconds,
                       @Schema(description = "How the horizon is cut into periods (MONTH by default)",
                               allowableValues = {"MONTH", "WEEK"})
                       String periodLength,
                       @Schema(description = "Whether the registered storage hubs take part (true by default)")
                       Boolean useHubs,
                       @Schema(description = "Hubs that could be opened, each with its opening cost (optimizer format "
                               + "v2's storageHubs) and optionally a name")
                       List<CandidateHub> candidateHubs) {

    static final int MAX_NAME_LENGTH = 200;
    static final int DEFAULT_SECONDS = 30;
    static final int MAX_SECONDS = 3600;
    static final long MAX_HORIZON_DAYS = 5 * 366;

    record Horizon(@Schema(description = "First day, ISO yyyy-mm-dd") LocalDate from,
                   @Schema(description = "Last day, ISO yyyy-mm-dd, not before from and at most 5 years after")
                   LocalDate to) {
    }

    /** Checks every field against the catalogue and the optimizer's parameter rules; 422 naming each broken one. */
    ScenarioSpec validate(Map<String, Material> catalogue) {
        FieldErrors errors = new FieldErrors();
        if (errors.required(name, "name")) {
            checkName(name, "name", errors);
        }
        if (errors.required(horizon, "horizon")) {
            errors.required(horizon.from(), "horizon.from");
            errors.required(horizon.to(), "horizon.to");
            if (horizon.from() != null && horizon.to() != null) {
                errors.check(!horizon.to().isBefore(horizon.from()), "horizon.to", "field.notBefore", "horizon.from");
                errors.check(ChronoUnit.DAYS.between(horizon.from(), horizon.to()) <= MAX_HORIZON_DAYS, "horizon.to",
                        "field.scenario.horizon");
            }
        }
        Region area = Region.read(region, "region", errors::add);
        if (materials != null) {
            errors.check(!materials.isEmpty(), "materials", "field.scenario.materials");
            for (int i = 0; i < materials.size(); i++) {
                errors.check(catalogue.containsKey(materials.get(i)), "materials[" + i + "]",
                        "field.notAMaterial");
            }
        }
        Parameters optimizerParameters = parameters(errors);
        errors.check(optimizerParameters == null || optimizerParameters.horizon() == null, "parameters.horizon",
                "field.scenario.parametersHorizon");
        PeriodLength periods = periodLength == null ? Parameters.DEFAULT_PERIOD_LENGTH : Arrays.stream(
                PeriodLength.values()).filter(length -> length.name().equals(periodLength)).findFirst().orElse(null);
        errors.check(periods != null, "periodLength", "field.oneOf", Arrays.toString(PeriodLength.values()));
        List<StorageHub> candidates = candidates(errors);
        int solveSeconds = seconds == null ? DEFAULT_SECONDS : seconds;
        errors.check(solveSeconds >= 1 && solveSeconds <= MAX_SECONDS, "seconds",
                "field.between", 1, MAX_SECONDS);
        errors.throwIfAny();
        return new ScenarioSpec(name.trim(), horizon.from(), horizon.to(), area, region,
                materials == null ? null : List.copyOf(materials), optimizerParameters, solveSeconds, periods,
                useHubs == null || useHubs, candidates);
    }

    /**
     * The candidate hubs as the optimizer takes them; the optimizer's validator checks the rest of their fields once
     * they are part of the snapshot.
     */
    private List<StorageHub> candidates(FieldErrors errors) {
        if (candidateHubs == null) {
            return List.of();
        }
        List<StorageHub> candidates = new ArrayList<>();
        for (int i = 0; i < candidateHubs.size(); i++) {
            CandidateHub hub = candidateHubs.get(i);
            String field = "candidateHubs[" + i + "]";
            if (!errors.required(hub, field)) {
                continue;
            }
            if (hub.name() != null) {
                checkName(hub.name(), field + ".name", errors);
            }
            errors.check(hub.openingCost() != null, field + ".openingCost",
                    "field.scenario.openingCost");
            errors.required(hub.capacityTonnes(), field + ".capacityTonnes");
            errors.check(hub.lat() != null && hub.lon() != null, field + ".lat",
                    "field.scenario.position");
            candidates.add(hub.toStorageHub());
        }
        return candidates;
    }

    private static void checkName(String name, String field, FieldErrors errors) {
        errors.check(!name.isBlank() && name.length() <= MAX_NAME_LENGTH, field, "field.name200");
    }

    /** The names the planner gave candidate hubs, trimmed, by the hub's id; call once {@link #validate} passed. */
    Map<String, String> candidateNames() {
        Map<String, String> names = new HashMap<>();
        if (candidateHubs != null) {
            for (CandidateHub hub : candidateHubs) {
                if (hub.id() != null && hub.name() != null) {
                    names.put(hub.id(), hub.name().trim());
                }
            }
        }
        return names;
    }

    /** Reads the parameters with the optimizer's own reader, so that their rules and defaults live in one place. */
    private Parameters parameters(FieldErrors errors) {
        try {
            return ParametersReader.read(parameters);
        } catch (InvalidProblemException e) {
            e.fieldErrors().forEach(error -> errors.add(error.field(), error.message()));
            return null;
        }
    }
}
