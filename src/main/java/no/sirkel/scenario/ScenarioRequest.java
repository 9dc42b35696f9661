package no.sirkel.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import no.sirkel.geo.Region;
import no.sirkel.material.Material;
import no.sirkel.optimizer.problem.InvalidProblemException;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.ParametersReader;
import no.sirkel.web.FieldErrors;
import tools.jackson.databind.JsonNode;

/**
 * What a planner asks for: which part of the marketplace to plan (horizon, region, materials), with which optimizer
 * parameters (as in the optimizer problem format), and for how long to solve.
 */
record ScenarioRequest(String name, Horizon horizon, JsonNode region, List<String> materials, JsonNode parameters,
                       Integer seconds) {

    static final int DEFAULT_SECONDS = 30;
    static final int MAX_SECONDS = 3600;
    static final long MAX_HORIZON_DAYS = 5 * 366;

    record Horizon(LocalDate from, LocalDate to) {
    }

    /** Checks every field against the catalogue and the optimizer's parameter rules; 422 naming each broken one. */
    ScenarioSpec validate(Map<String, Material> catalogue) {
        FieldErrors errors = new FieldErrors();
        if (errors.required(name, "name")) {
            errors.check(!name.isBlank() && name.length() <= 200, "name", "must be 1 to 200 characters");
        }
        if (errors.required(horizon, "horizon")) {
            errors.required(horizon.from(), "horizon.from");
            errors.required(horizon.to(), "horizon.to");
            if (horizon.from() != null && horizon.to() != null) {
                errors.check(!horizon.to().isBefore(horizon.from()), "horizon.to", "must not be before horizon.from");
                errors.check(ChronoUnit.DAYS.between(horizon.from(), horizon.to()) <= MAX_HORIZON_DAYS, "horizon.to",
                        "must be at most five years after horizon.from");
            }
        }
        Region area = Region.read(region, "region", errors::add);
        if (materials != null) {
            errors.check(!materials.isEmpty(), "materials", "must be null (every material) or name at least one");
            for (int i = 0; i < materials.size(); i++) {
                errors.check(catalogue.containsKey(materials.get(i)), "materials[" + i + "]",
                        "is not in the materials catalogue");
            }
        }
        Parameters optimizerParameters = parameters(errors);
        errors.check(optimizerParameters == null || optimizerParameters.horizon() == null, "parameters.horizon",
                "is not taken here: a scenario plans over the request's horizon");
        int solveSeconds = seconds == null ? DEFAULT_SECONDS : seconds;
        errors.check(solveSeconds >= 1 && solveSeconds <= MAX_SECONDS, "seconds",
                "must be between 1 and " + MAX_SECONDS);
        errors.throwIfAny();
        return new ScenarioSpec(name.trim(), horizon.from(), horizon.to(), area, region,
                materials == null ? null : List.copyOf(materials), optimizerParameters, solveSeconds);
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
