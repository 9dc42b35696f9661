package no.sirkel.optimizer.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.sirkel.optimizer.check.ContractProblem.DisposalSite;
import no.sirkel.optimizer.check.ContractProblem.Demand;
import no.sirkel.optimizer.check.ContractProblem.Objective;
import no.sirkel.optimizer.check.ContractProblem.Parameters;
import no.sirkel.optimizer.check.ContractProblem.Position;
import no.sirkel.optimizer.check.ContractProblem.Route;
import no.sirkel.optimizer.check.ContractProblem.Supply;
import no.sirkel.optimizer.check.ContractProblem.VirginSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads a contract problem from JSON, recording a violation for every field rule of the contract it breaks. */
final class ProblemParser {

    private final FieldReader reader;
    private final Map<String, String> fieldById = new HashMap<>();
    /** Version 2 (a horizon given): a route between ids the problem does not have is ignored, not refused. */
    private boolean timed;

    ProblemParser(List<Violation> violations) {
        this.reader = new FieldReader(violations);
    }

    ContractProblem parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            reader.add("problem", "must be a JSON object");
            return ContractProblem.of(null, parameters(null), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        String name = reader.optionalText(root, "name", "");
        Parameters parameters = parameters(root.get("parameters"));
        List<Supply> supplies = new ArrayList<>();
        List<JsonNode> supplyNodes = reader.list(root, "supplies", "");
        for (int i = 0; i < supplyNodes.size(); i++) {
            if (supplyNodes.get(i) != null) {
                supplies.add(supply(supplyNodes.get(i), "supplies[" + i + "]"));
            }
        }
        List<Demand> demands = new ArrayList<>();
        List<JsonNode> demandNodes = reader.list(root, "demands", "");
        for (int i = 0; i < demandNodes.size(); i++) {
            if (demandNodes.get(i) != null) {
                demands.add(demand(demandNodes.get(i), "demands[" + i + "]"));
            }
        }
        List<DisposalSite> sites = new ArrayList<>();
        List<JsonNode> siteNodes = reader.list(root, "disposalSites", "");
        for (int i = 0; i < siteNodes.size(); i++) {
            if (siteNodes.get(i) != null) {
                sites.add(disposalSite(siteNodes.get(i), "disposalSites[" + i + "]"));
            }
        }
        List<VirginSource> sources = new ArrayList<>();
        List<JsonNode> sourceNodes = reader.list(root, "virginSources", "");
        for (int i = 0; i < sourceNodes.size(); i++) {
            if (sourceNodes.get(i) != null) {
                sources.add(virginSource(sourceNodes.get(i), "virginSources[" + i + "]"));
            }
        }
        List<JsonNode> hubNodes = reader.list(root, "storageHubs", "");
        for (int i = 0; i < hubNodes.size(); i++) {
            if (hubNodes.get(i) != null) {
                id(hubNodes.get(i), "storageHubs[" + i + "]");
            }
        }
        timed = !FieldReader.absent(root.path("parameters"), "horizon");
        List<Route> routes = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        List<JsonNode> routeNodes = reader.list(root, "routes", "");
        for (int i = 0; i < routeNodes.size(); i++) {
            if (routeNodes.get(i) != null) {
                Route route = route(routeNodes.get(i), "routes[" + i + "]");
                if (route != null && !pairs.add(route.from() + " → " + route.to())) {
                    reader.add("routes[" + i + "]", "repeats the route " + route.from() + " → " + route.to());
                }
                if (route != null) {
                    routes.add(route);
                }
            }
        }
        return ContractProblem.of(name, parameters, supplies, demands, sites, sources, routes);
    }

    private Parameters parameters(JsonNode node) {
        JsonNode p = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        if (!p.isObject()) {
            reader.add("parameters", "must be an object");
            p = JsonNodeFactory.instance.objectNode();
        }
        String at = "parameters";
        Objective objective = Objective.COST;
        String objectiveText = reader.optionalText(p, "objective", at);
        if (objectiveText != null) {
            try {
                objective = Objective.valueOf(objectiveText);
            } catch (IllegalArgumentException e) {
                reader.add("parameters.objective", "is '" + objectiveText + "', must be COST or TONNE_KM");
            }
        }
        double costPerTonneKm = atLeastZero(p, "costPerTonneKm", at, 2.0);
        double co2 = atLeastZero(p, "co2KgPerTonneKm", at, 0.09);
        double fixed = atLeastZero(p, "fixedCostPerRoute", at, 0);
        double roadFactor = reader.numberOrDefault(p, "roadFactor", at, 1.3);
        if (roadFactor < 1) {
            reader.add("parameters.roadFactor", "is " + Tolerance.format(roadFactor) + ", must be ≥ 1");
        }
        Double maxHaulKm = positiveOrNull(p, "maxHaulKm", at);
        double payload = reader.numberOrDefault(p, "truckPayloadTonnes", at, 17);
        if (payload <= 0) {
            reader.add("parameters.truckPayloadTonnes", "is " + Tolerance.format(payload) + ", must be > 0");
        }
        double unplaced = atLeastZero(p, "unplacedPenaltyPerTonne", at, 100000);
        double unmet = atLeastZero(p, "unmetPenaltyPerTonne", at, 100000);
        return new Parameters(objective, costPerTonneKm, co2, fixed, roadFactor, maxHaulKm, payload, unplaced, unmet);
    }

    private Supply supply(JsonNode node, String at) {
        String id = id(node, at);
        Position position = position(node, at);
        String material = material(node, at);
        Integer contaminationClass = reader.optionalClass(node, "contaminationClass", at);
        double tonnes = tonnes(node, at);
        LocalDate from = reader.optionalDate(node, "availableFrom", at);
        LocalDate to = reader.optionalDate(node, "availableTo", at);
        window(from, to, at + ".availableFrom", at + ".availableTo");
        return new Supply(id, position, material, contaminationClass, tonnes, from, to);
    }

    private Demand demand(JsonNode node, String at) {
        String id = id(node, at);
        Position position = position(node, at);
        Set<String> accepts = orEmpty(reader.stringSet(node, "accepts", at, false));
        Integer maxClass = reader.optionalClass(node, "maxContaminationClass", at);
        double tonnes = tonnes(node, at);
        LocalDate from = reader.optionalDate(node, "neededFrom", at);
        LocalDate to = reader.optionalDate(node, "neededTo", at);
        window(from, to, at + ".neededFrom", at + ".neededTo");
        Double maxHaulKm = positiveOrNull(node, "maxHaulKm", at);
        return new Demand(id, position, accepts, maxClass, tonnes, from, to, maxHaulKm);
    }

    private DisposalSite disposalSite(JsonNode node, String at) {
        String id = id(node, at);
        Position position = position(node, at);
        Set<String> accepts = reader.stringSet(node, "accepts", at, true);
        Integer maxClass = reader.optionalClass(node, "maxContaminationClass", at);
        double gateFee = nonNegative(node, "gateFeePerTonne", at);
        return new DisposalSite(id, position, accepts, maxClass, gateFee);
    }

    private VirginSource virginSource(JsonNode node, String at) {
        String id = id(node, at);
        Position position = position(node, at);
        Set<String> materials = orEmpty(reader.stringSet(node, "materials", at, false));
        double price = nonNegative(node, "pricePerTonne", at);
        return new VirginSource(id, position, materials, price);
    }

    private Route route(JsonNode node, String at) {
        String from = reader.requiredText(node, "from", at);
        String to = reader.requiredText(node, "to", at);
        Double km = reader.requiredNumber(node, "km", at);
        if (km != null && km < 0) {
            reader.add(at + ".km", "is " + Tolerance.format(km) + ", must be ≥ 0");
        }
        Double fixedCost = reader.optionalNumber(node, "fixedCost", at);
        if (fixedCost != null && fixedCost < 0) {
            reader.add(at + ".fixedCost", "is " + Tolerance.format(fixedCost) + ", must be ≥ 0 or null");
        }
        requireKnownId(from, at + ".from");
        requireKnownId(to, at + ".to");
        return from == null || to == null || km == null ? null : new Route(from, to, km, fixedCost);
    }

    private void requireKnownId(String id, String field) {
        if (id != null && !timed && !fieldById.containsKey(id)) {
            reader.add(field, "is '" + id + "', which is no id in the problem");
        }
    }

    private String id(JsonNode node, String at) {
        String id = reader.requiredText(node, "id", at);
        if (id == null) {
            return at;
        }
        if (id.isEmpty()) {
            reader.add(at + ".id", "must not be empty");
        } else if (fieldById.containsKey(id)) {
            reader.add(at + ".id", "'" + id + "' is already the id of " + fieldById.get(id));
        } else {
            fieldById.put(id, at);
        }
        return id;
    }

    private Position position(JsonNode node, String at) {
        Double lat = reader.optionalNumber(node, "lat", at);
        Double lon = reader.optionalNumber(node, "lon", at);
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            reader.add(at + (lat == null ? ".lat" : ".lon"), "is missing while the other coordinate is given");
            return null;
        }
        boolean valid = true;
        if (lat < -90 || lat > 90) {
            reader.add(at + ".lat", "is " + Tolerance.format(lat) + ", must be within −90..90");
            valid = false;
        }
        if (lon < -180 || lon > 180) {
            reader.add(at + ".lon", "is " + Tolerance.format(lon) + ", must be within −180..180");
            valid = false;
        }
        return valid ? new Position(lat, lon) : null;
    }

    private String material(JsonNode node, String at) {
        String material = reader.requiredText(node, "material", at);
        if (material != null && material.isEmpty()) {
            reader.add(at + ".material", "must not be empty");
        }
        return material == null ? "" : material;
    }

    private double tonnes(JsonNode node, String at) {
        Double tonnes = reader.requiredNumber(node, "tonnes", at);
        if (tonnes != null && tonnes <= 0) {
            reader.add(at + ".tonnes", "is " + Tolerance.format(tonnes) + ", must be > 0");
        }
        return tonnes == null ? 0 : tonnes;
    }

    private double nonNegative(JsonNode node, String name, String at) {
        Double value = reader.requiredNumber(node, name, at);
        if (value != null && value < 0) {
            reader.add(at + "." + name, "is " + Tolerance.format(value) + ", must be ≥ 0");
        }
        return value == null ? 0 : value;
    }

    private double atLeastZero(JsonNode node, String name, String at, double defaultValue) {
        double value = reader.numberOrDefault(node, name, at, defaultValue);
        if (value < 0) {
            reader.add(at + "." + name, "is " + Tolerance.format(value) + ", must be ≥ 0");
        }
        return value;
    }

    private Double positiveOrNull(JsonNode node, String name, String at) {
        Double value = reader.optionalNumber(node, name, at);
        if (value != null && value <= 0) {
            reader.add(at + "." + name, "is " + Tolerance.format(value) + ", must be > 0 or null");
        }
        return value;
    }

    private void window(LocalDate from, LocalDate to, String fromField, String toField) {
        if (from != null && to != null && from.isAfter(to)) {
            reader.add(fromField, "is " + from + ", after " + toField + " " + to);
        }
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : values;
    }
}
