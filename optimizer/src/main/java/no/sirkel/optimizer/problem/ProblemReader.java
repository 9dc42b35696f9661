package no.sirkel.optimizer.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a problem in the optimizer problem format, version 1, and refuses it as a whole with an
 * {@link InvalidProblemException} naming every broken field: malformed JSON, missing or mistyped fields, fields the
 * format does not know (typos would otherwise be silently ignored) and every rule {@link ProblemValidator} checks.
 * Fields that have a default may be left out or given as null.
 */
public final class ProblemReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProblemReader() {
    }

    public static Problem read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static Problem read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidProblemException(List.of("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProblemException(List.of("the problem must be a JSON object"));
        }
        Reading reading = new Reading();
        Problem problem = reading.problem(root);
        List<String> errors = new ArrayList<>(reading.errors);
        for (String error : ProblemValidator.validate(problem)) {
            if (!reading.isAboutBrokenField(error)) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
        return problem;
    }

    /** One pass over the JSON tree; fields it cannot read are reported once and left to no further check. */
    private static final class Reading {

        private final List<String> errors = new ArrayList<>();
        private final Set<String> brokenPaths = new HashSet<>();

        boolean isAboutBrokenField(String error) {
            for (String path : brokenPaths) {
                if (error.startsWith(path + " ") || error.startsWith(path + ".") || error.startsWith(path + "[")) {
                    return true;
                }
            }
            return false;
        }

        private void broken(String path, String message) {
            String error = path + " " + message;
            if (isAboutBrokenField(error)) {
                return;
            }
            errors.add(error);
            brokenPaths.add(path);
        }

        Problem problem(JsonNode root) {
            Fields fields = new Fields(this, "", root, Set.of("name", "parameters", "supplies", "demands",
                    "disposalSites", "virginSources", "routes"));
            return new Problem(
                    fields.optionalString("name"),
                    parameters(root.get("parameters")),
                    list(root, "supplies", true, this::supply),
                    list(root, "demands", true, this::demand),
                    list(root, "disposalSites", true, this::disposalSite),
                    list(root, "virginSources", true, this::virginSource),
                    list(root, "routes", false, this::route));
        }

        private Parameters parameters(JsonNode node) {
            Parameters defaults = Parameters.defaults();
            if (node == null || node.isNull()) {
                return defaults;
            }
            if (!node.isObject()) {
                broken("parameters", "must be an object");
                return defaults;
            }
            Fields fields = new Fields(this, "parameters", node, Set.of("objective", "costPerTonneKm",
                    "co2KgPerTonneKm", "fixedCostPerRoute", "roadFactor", "maxHaulKm", "truckPayloadTonnes",
                    "unplacedPenaltyPerTonne", "unmetPenaltyPerTonne"));
            return new Parameters(
                    fields.objective("objective", defaults.objective()),
                    fields.number("costPerTonneKm", defaults.costPerTonneKm()),
                    fields.number("co2KgPerTonneKm", defaults.co2KgPerTonneKm()),
                    fields.number("fixedCostPerRoute", defaults.fixedCostPerRoute()),
                    fields.number("roadFactor", defaults.roadFactor()),
                    fields.optionalNumber("maxHaulKm"),
                    fields.number("truckPayloadTonnes", defaults.truckPayloadTonnes()),
                    fields.number("unplacedPenaltyPerTonne", defaults.unplacedPenaltyPerTonne()),
                    fields.number("unmetPenaltyPerTonne", defaults.unmetPenaltyPerTonne()));
        }

        private <T> List<T> list(JsonNode root, String name, boolean required, BiFunction<String, JsonNode, T> element) {
            JsonNode node = root.get(name);
            List<T> result = new ArrayList<>();
            if (node == null || node.isNull()) {
                if (required) {
                    broken(name, "is required");
                }
                return result;
            }
            if (!node.isArray()) {
                broken(name, "must be a list");
                return result;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = name + "[" + i + "]";
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    broken(path, "must be an object");
                }
                result.add(element.apply(path, item.isObject() ? item : MAPPER.createObjectNode()));
            }
            return result;
        }

        private Supply supply(String path, JsonNode node) {
            Fields fields = new Fields(this, path, node, Set.of("id", "lat", "lon", "material",
                    "contaminationClass", "tonnes", "availableFrom", "availableTo"));
            return new Supply(fields.requiredString("id"), fields.optionalNumber("lat"), fields.optionalNumber("lon"),
                    fields.requiredString("material"), fields.optionalInteger("contaminationClass"),
                    fields.requiredNumber("tonnes"), fields.optionalDate("availableFrom"),
                    fields.optionalDate("availableTo"));
        }

        private Demand demand(String path, JsonNode node) {
            Fields fields = new Fields(this, path, node, Set.of("id", "lat", "lon", "accepts",
                    "maxContaminationClass", "tonnes", "neededFrom", "neededTo", "maxHaulKm"));
            return new Demand(fields.requiredString("id"), fields.optionalNumber("lat"), fields.optionalNumber("lon"),
                    fields.stringList("accepts", true), fields.optionalInteger("maxContaminationClass"),
                    fields.requiredNumber("tonnes"), fields.optionalDate("neededFrom"), fields.optionalDate("neededTo"),
                    fields.optionalNumber("maxHaulKm"));
        }

        private DisposalSite disposalSite(String path, JsonNode node) {
            Fields fields = new Fields(this, path, node, Set.of("id", "lat", "lon", "accepts",
                    "maxContaminationClass", "gateFeePerTonne"));
            return new DisposalSite(fields.requiredString("id"), fields.optionalNumber("lat"),
                    fields.optionalNumber("lon"), fields.stringList("accepts", false),
                    fields.optionalInteger("maxContaminationClass"), fields.requiredNumber("gateFeePerTonne"));
        }

        private VirginSource virginSource(String path, JsonNode node) {
            Fields fields = new Fields(this, path, node, Set.of("id", "lat", "lon", "materials", "pricePerTonne"));
            return new VirginSource(fields.requiredString("id"), fields.optionalNumber("lat"),
                    fields.optionalNumber("lon"), fields.stringList("materials", true),
                    fields.requiredNumber("pricePerTonne"));
        }

        private Route route(String path, JsonNode node) {
            Fields fields = new Fields(this, path, node, Set.of("from", "to", "km", "fixedCost"));
            return new Route(fields.requiredString("from"), fields.requiredString("to"), fields.requiredNumber("km"),
                    fields.optionalNumber("fixedCost"));
        }
    }

    /** Typed access to the fields of one JSON object, reporting missing, mistyped and unknown fields. */
    private static final class Fields {

        private final Reading reading;
        private final String path;
        private final JsonNode node;

        Fields(Reading reading, String path, JsonNode node, Set<String> known) {
            this.reading = reading;
            this.path = path;
            this.node = node;
            for (String name : node.propertyNames()) {
                if (!known.contains(name)) {
                    reading.broken(path(name), "is not a field of the problem format");
                }
            }
        }

        private String path(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        private JsonNode present(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        String optionalString(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                reading.broken(path(name), "must be a string");
                return null;
            }
            return value.stringValue();
        }

        String requiredString(String name) {
            if (present(name) == null) {
                reading.broken(path(name), "is required");
                return null;
            }
            return optionalString(name);
        }

        Double optionalNumber(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                reading.broken(path(name), "must be a number");
                return Double.NaN;
            }
            return value.doubleValue();
        }

        double requiredNumber(String name) {
            if (present(name) == null) {
                reading.broken(path(name), "is required");
                return Double.NaN;
            }
            return optionalNumber(name);
        }

        double number(String name, double defaultValue) {
            Double value = optionalNumber(name);
            return value == null ? defaultValue : value;
        }

        Integer optionalInteger(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
                reading.broken(path(name), "must be a whole number");
                return null;
            }
            return value.intValue();
        }

        LocalDate optionalDate(String name) {
            JsonNode value = present(name);
            if (value == null) {
                return null;
            }
            if (value.isString() && value.stringValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return LocalDate.parse(value.stringValue());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            reading.broken(path(name), "must be a date yyyy-mm-dd");
            return null;
        }

        List<String> stringList(String name, boolean required) {
            JsonNode value = present(name);
            if (value == null) {
                if (required) {
                    reading.broken(path(name), "is required");
                }
                return null;
            }
            if (!value.isArray()) {
                reading.broken(path(name), "must be a list of strings");
                return null;
            }
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item.isString()) {
                    strings.add(item.stringValue());
                } else {
                    reading.broken(path(name) + "[" + i + "]", "must be a string");
                    strings.add("?");
                }
            }
            return strings;
        }

        Objective objective(String name, Objective defaultValue) {
            JsonNode value = present(name);
            if (value == null) {
                return defaultValue;
            }
            if (value.isString()) {
                for (Objective objective : Objective.values()) {
                    if (objective.name().equals(value.stringValue())) {
                        return objective;
                    }
                }
            }
            reading.broken(path(name), "must be COST or TONNE_KM");
            return defaultValue;
        }
    }
}
