package no.sirkel.optimizer.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads a problem in the optimizer problem format, version 1 or 2 (version 2 where {@code parameters.horizon} is
 * given), and refuses it as a whole with an {@link InvalidProblemException} naming every broken field: malformed JSON,
 * missing or mistyped fields, fields the format does not know (typos would otherwise be silently ignored) and every
 * rule {@link ProblemValidator} checks. Fields that have a default may be left out or given as null.
 */
public final class ProblemReader {

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
        return read(TreeReading.parse(in));
    }

    public static Problem read(String json) {
        return read(TreeReading.parse(json));
    }

    private static Problem read(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidProblemException(List.of(new FieldError("", "the problem must be a JSON object")));
        }
        TreeReading reading = new TreeReading();
        Problem problem = new Elements(reading).problem(root);
        reading.refuseIfBroken(ProblemValidator.validate(problem));
        return problem;
    }

    /** The problem's lists and their elements. */
    private record Elements(TreeReading reading) {

        Problem problem(JsonNode root) {
            TreeReading.Fields fields = reading.fields("", root, Set.of("name", "parameters", "supplies", "demands",
                    "disposalSites", "virginSources", "storageHubs", "routes"));
            return new Problem(
                    fields.optionalString("name"),
                    ParametersReader.read(reading, root.get("parameters")),
                    fields.list("supplies", true, this::supply),
                    fields.list("demands", true, this::demand),
                    fields.list("disposalSites", true, this::disposalSite),
                    fields.list("virginSources", true, this::virginSource),
                    fields.list("routes", false, this::route),
                    fields.list("storageHubs", false, this::storageHub));
        }

        private Supply supply(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("id", "lat", "lon", "material",
                    "contaminationClass", "tonnes", "availableFrom", "availableTo"));
            return new Supply(fields.requiredString("id"), fields.optionalNumber("lat"), fields.optionalNumber("lon"),
                    fields.requiredString("material"), fields.optionalInteger("contaminationClass"),
                    fields.requiredNumber("tonnes"), fields.optionalDate("availableFrom"),
                    fields.optionalDate("availableTo"));
        }

        private Demand demand(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("id", "lat", "lon", "accepts",
                    "maxContaminationClass", "tonnes", "neededFrom", "neededTo", "maxHaulKm"));
            return new Demand(fields.requiredString("id"), fields.optionalNumber("lat"), fields.optionalNumber("lon"),
                    fields.stringList("accepts", true), fields.optionalInteger("maxContaminationClass"),
                    fields.requiredNumber("tonnes"), fields.optionalDate("neededFrom"), fields.optionalDate("neededTo"),
                    fields.optionalNumber("maxHaulKm"));
        }

        private DisposalSite disposalSite(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("id", "lat", "lon", "accepts",
                    "maxContaminationClass", "gateFeePerTonne", "capacityTonnes"));
            return new DisposalSite(fields.requiredString("id"), fields.optionalNumber("lat"),
                    fields.optionalNumber("lon"), fields.stringList("accepts", false),
                    fields.optionalInteger("maxContaminationClass"), fields.requiredNumber("gateFeePerTonne"),
                    fields.optionalNumber("capacityTonnes"));
        }

        private VirginSource virginSource(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("id", "lat", "lon", "materials",
                    "pricePerTonne", "capacityTonnes"));
            return new VirginSource(fields.requiredString("id"), fields.optionalNumber("lat"),
                    fields.optionalNumber("lon"), fields.stringList("materials", true),
                    fields.requiredNumber("pricePerTonne"), fields.optionalNumber("capacityTonnes"));
        }

        private StorageHub storageHub(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("id", "lat", "lon", "accepts",
                    "maxContaminationClass", "capacityTonnes", "handlingFeePerTonne", "openingCost", "processes",
                    "initialStock"));
            return new StorageHub(fields.requiredString("id"), fields.optionalNumber("lat"),
                    fields.optionalNumber("lon"), fields.stringList("accepts", false),
                    fields.optionalInteger("maxContaminationClass"), fields.requiredNumber("capacityTonnes"),
                    fields.number("handlingFeePerTonne", 0), fields.optionalNumber("openingCost"),
                    fields.list("processes", false, this::process),
                    fields.list("initialStock", false, this::stock));
        }

        private HubProcess process(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("from", "to", "feePerTonne"));
            return new HubProcess(fields.requiredString("from"), fields.requiredString("to"),
                    fields.requiredNumber("feePerTonne"));
        }

        private HubStock stock(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("material", "contaminationClass", "tonnes"));
            return new HubStock(fields.requiredString("material"), fields.optionalInteger("contaminationClass"),
                    fields.requiredNumber("tonnes"));
        }

        private Route route(String path, JsonNode node) {
            TreeReading.Fields fields = reading.fields(path, node, Set.of("from", "to", "km", "fixedCost"));
            return new Route(fields.requiredString("from"), fields.requiredString("to"), fields.requiredNumber("km"),
                    fields.optionalNumber("fixedCost"));
        }
    }
}
