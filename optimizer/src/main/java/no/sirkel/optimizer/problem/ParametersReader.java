package no.sirkel.optimizer.problem;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code parameters} object of the problem format on its own, with its defaults and rules, for callers that
 * take parameters apart from a problem (such as a scenario request). Refuses them with an
 * {@link InvalidProblemException} whose errors name each broken field under {@code parameters.}, e.g.
 * {@code parameters.roadFactor} with {@code must be >= 1}.
 */
public final class ParametersReader {

    private static final Set<String> FIELDS = Set.of("objective", "costPerTonneKm", "co2KgPerTonneKm",
            "fixedCostPerRoute", "roadFactor", "maxHaulKm", "truckPayloadTonnes", "unplacedPenaltyPerTonne",
            "unmetPenaltyPerTonne", "horizon", "periodLength");

    private ParametersReader() {
    }

    /** The parameters in a JSON document; null or an empty document gives the defaults. */
    public static Parameters read(String json) {
        return read(TreeReading.parse(json));
    }

    /** The parameters in a JSON tree; null (or a JSON null) gives the defaults. */
    public static Parameters read(JsonNode node) {
        TreeReading reading = new TreeReading();
        Parameters parameters = read(reading, node);
        reading.refuseIfBroken(ProblemValidator.validate(parameters));
        return parameters;
    }

    /** Reads the parameters as part of a problem or alone; what is broken goes to {@code reading}. */
    static Parameters read(TreeReading reading, JsonNode node) {
        Parameters defaults = Parameters.defaults();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return defaults;
        }
        if (!node.isObject()) {
            reading.broken("parameters", "must be an object");
            return defaults;
        }
        TreeReading.Fields fields = reading.fields("parameters", node, FIELDS);
        Horizon horizon = horizon(fields.object("horizon", Set.of("from", "to")));
        if (!fields.has("horizon") && fields.has("periodLength")) {
            reading.broken(fields.path("periodLength"), "needs parameters.horizon");
        }
        return new Parameters(
                fields.constant("objective", Objective.class, defaults.objective()),
                fields.number("costPerTonneKm", defaults.costPerTonneKm()),
                fields.number("co2KgPerTonneKm", defaults.co2KgPerTonneKm()),
                fields.number("fixedCostPerRoute", defaults.fixedCostPerRoute()),
                fields.number("roadFactor", defaults.roadFactor()),
                fields.optionalNumber("maxHaulKm"),
                fields.number("truckPayloadTonnes", defaults.truckPayloadTonnes()),
                fields.number("unplacedPenaltyPerTonne", defaults.unplacedPenaltyPerTonne()),
                fields.number("unmetPenaltyPerTonne", defaults.unmetPenaltyPerTonne()),
                horizon,
                fields.constant("periodLength", PeriodLength.class, Parameters.DEFAULT_PERIOD_LENGTH));
    }

    private static Horizon horizon(TreeReading.Fields fields) {
        return fields == null ? null : new Horizon(fields.requiredDate("from"), fields.requiredDate("to"));
    }
}
