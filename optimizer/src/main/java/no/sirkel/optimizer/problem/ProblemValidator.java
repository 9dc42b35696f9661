package no.sirkel.optimizer.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a {@link Problem} against every rule of the problem format, versions 1 and 2, and names each broken field,
 * e.g. {@code supplies[3].tonnes} with {@code must be > 0}.
 */
public final class ProblemValidator {

    /** The format's tolerance on every comparison of tonnes: 10⁻⁶ × max(1, the larger side). */
    private static final double RELATIVE_TOLERANCE = 1e-6;

    private final List<FieldError> errors = new ArrayList<>();

    private ProblemValidator() {
    }

    /** Throws {@link InvalidProblemException} listing every broken rule, or returns if there is none. */
    public static void requireValid(Problem problem) {
        List<FieldError> errors = validate(problem);
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
    }

    /** Every broken rule, in field order; empty when the problem is valid. */
    public static List<FieldError> validate(Problem problem) {
        ProblemValidator validator = new ProblemValidator();
        validator.check(problem);
        return validator.errors;
    }

    /** Every broken rule of the parameters alone, each field under {@code parameters.}; empty when they are valid. */
    static List<FieldError> validate(Parameters parameters) {
        ProblemValidator validator = new ProblemValidator();
        validator.checkParameters(parameters);
        return validator.errors;
    }

    private void check(Problem problem) {
        Horizon horizon = null;
        if (problem.parameters() == null) {
            error("parameters", "is required");
        } else {
            checkParameters(problem.parameters());
            horizon = validHorizon(problem.parameters().horizon());
        }
        boolean timed = problem.parameters() != null && problem.parameters().horizon() != null;
        Places places = new Places(timed, horizon);
        checkList("supplies", problem.supplies(), (path, supply) -> checkSupply(path, supply, places));
        checkList("demands", problem.demands(), (path, demand) -> checkDemand(path, demand, places));
        checkList("disposalSites", problem.disposalSites(), (path, site) -> checkDisposalSite(path, site, places));
        checkList("virginSources", problem.virginSources(), (path, source) -> checkVirginSource(path, source, places));
        if (problem.storageHubs() == null) {
            error("storageHubs", "is required (an empty list where there are none)");
        } else {
            if (!timed && !problem.storageHubs().isEmpty()) {
                error("storageHubs", "need parameters.horizon");
            }
            checkList("storageHubs", problem.storageHubs(), (path, hub) -> checkStorageHub(path, hub, places));
        }
        Set<String> routePairs = new HashSet<>();
        checkList("routes", problem.routes(), (path, route) -> checkRoute(path, route, places, routePairs));
    }

    /** What the checks of single places share: the ids seen so far, and the horizon where the problem has one. */
    private static final class Places {

        final Map<String, String> pathById = new HashMap<>();
        final boolean timed;
        /** Null in a version 1 problem, and where the horizon itself is broken. */
        final Horizon horizon;

        Places(boolean timed, Horizon horizon) {
            this.timed = timed;
            this.horizon = horizon;
        }
    }

    private interface ElementCheck<T> {
        void check(String path, T element);
    }

    private <T> void checkList(String name, List<T> list, ElementCheck<T> check) {
        if (list == null) {
            error(name, "is required");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = name + "[" + i + "]";
            if (list.get(i) == null) {
                error(path, "must be an object");
            } else {
                check.check(path, list.get(i));
            }
        }
    }

    private void checkParameters(Parameters parameters) {
        if (parameters.objective() == null) {
            error("parameters.objective", "must be COST or TONNE_KM");
        }
        atLeast("parameters.costPerTonneKm", parameters.costPerTonneKm(), 0);
        atLeast("parameters.co2KgPerTonneKm", parameters.co2KgPerTonneKm(), 0);
        atLeast("parameters.fixedCostPerRoute", parameters.fixedCostPerRoute(), 0);
        atLeast("parameters.roadFactor", parameters.roadFactor(), 1);
        if (parameters.maxHaulKm() != null) {
            positive("parameters.maxHaulKm", parameters.maxHaulKm());
        }
        positive("parameters.truckPayloadTonnes", parameters.truckPayloadTonnes());
        atLeast("parameters.unplacedPenaltyPerTonne", parameters.unplacedPenaltyPerTonne(), 0);
        atLeast("parameters.unmetPenaltyPerTonne", parameters.unmetPenaltyPerTonne(), 0);
        Horizon horizon = parameters.horizon();
        if (horizon != null) {
            required("parameters.horizon.from", horizon.from());
            required("parameters.horizon.to", horizon.to());
            window("parameters.horizon", "from", horizon.from(), "to", horizon.to());
        }
        if (parameters.periodLength() == null) {
            error("parameters.periodLength", "must be MONTH, WEEK or HORIZON");
        }
    }

    /** The horizon where it is whole and in order, else null (its errors are reported already). */
    private static Horizon validHorizon(Horizon horizon) {
        if (horizon == null || horizon.from() == null || horizon.to() == null || horizon.from().isAfter(horizon.to())) {
            return null;
        }
        return horizon;
    }

    private void checkSupply(String path, Supply supply, Places places) {
        checkId(path, supply.id(), places);
        checkPosition(path, supply.lat(), supply.lon());
        material(path + ".material", supply.material());
        contaminationClass(path + ".contaminationClass", supply.contaminationClass());
        positive(path + ".tonnes", supply.tonnes());
        timedWindow(path, "availableFrom", supply.availableFrom(), "availableTo", supply.availableTo(), places);
    }

    private void checkDemand(String path, Demand demand, Places places) {
        checkId(path, demand.id(), places);
        checkPosition(path, demand.lat(), demand.lon());
        materials(path + ".accepts", demand.accepts(), false);
        contaminationClass(path + ".maxContaminationClass", demand.maxContaminationClass());
        positive(path + ".tonnes", demand.tonnes());
        timedWindow(path, "neededFrom", demand.neededFrom(), "neededTo", demand.neededTo(), places);
        if (demand.maxHaulKm() != null) {
            positive(path + ".maxHaulKm", demand.maxHaulKm());
        }
    }

    private void checkDisposalSite(String path, DisposalSite site, Places places) {
        checkId(path, site.id(), places);
        checkPosition(path, site.lat(), site.lon());
        materials(path + ".accepts", site.accepts(), true);
        contaminationClass(path + ".maxContaminationClass", site.maxContaminationClass());
        atLeast(path + ".gateFeePerTonne", site.gateFeePerTonne(), 0);
        capacity(path + ".capacityTonnes", site.capacityTonnes(), places);
    }

    private void checkVirginSource(String path, VirginSource source, Places places) {
        checkId(path, source.id(), places);
        checkPosition(path, source.lat(), source.lon());
        materials(path + ".materials", source.materials(), false);
        atLeast(path + ".pricePerTonne", source.pricePerTonne(), 0);
        capacity(path + ".capacityTonnes", source.capacityTonnes(), places);
    }

    private void checkStorageHub(String path, StorageHub hub, Places places) {
        checkId(path, hub.id(), places);
        checkPosition(path, hub.lat(), hub.lon());
        materials(path + ".accepts", hub.accepts(), true);
        contaminationClass(path + ".maxContaminationClass", hub.maxContaminationClass());
        positive(path + ".capacityTonnes", hub.capacityTonnes());
        atLeast(path + ".handlingFeePerTonne", hub.handlingFeePerTonne(), 0);
        if (hub.openingCost() != null) {
            atLeast(path + ".openingCost", hub.openingCost(), 0);
        }
        Map<String, String> processPathByFrom = new HashMap<>();
        checkList(path + ".processes", hub.processes(),
                (processPath, process) -> checkProcess(processPath, process, processPathByFrom));
        if (hub.initialStock() == null) {
            error(path + ".initialStock", "is required (an empty list where there is none)");
            return;
        }
        if (hub.isCandidate() && !hub.initialStock().isEmpty()) {
            error(path + ".initialStock", "must be empty on a candidate hub (one with an openingCost)");
        }
        Map<String, String> stockPathByKind = new HashMap<>();
        checkList(path + ".initialStock", hub.initialStock(),
                (stockPath, stock) -> checkStock(stockPath, stock, stockPathByKind));
        double stockTonnes = hub.initialStock().stream().filter(Objects::nonNull).mapToDouble(HubStock::tonnes).sum();
        if (hub.capacityTonnes() > 0 && !atMost(stockTonnes, hub.capacityTonnes())) {
            error(path + ".initialStock", "holds " + number(stockTonnes) + " t together, more than capacityTonnes "
                    + number(hub.capacityTonnes()));
        }
    }

    private void checkProcess(String path, HubProcess process, Map<String, String> processPathByFrom) {
        material(path + ".from", process.from());
        material(path + ".to", process.to());
        if (process.from() != null && process.from().equals(process.to())) {
            error(path + ".to", "must differ from from");
        }
        atLeast(path + ".feePerTonne", process.feePerTonne(), 0);
        if (process.from() != null) {
            String earlier = processPathByFrom.putIfAbsent(process.from(), path);
            if (earlier != null) {
                error(path + ".from", "\"" + process.from() + "\" already has a process: " + earlier);
            }
        }
    }

    private void checkStock(String path, HubStock stock, Map<String, String> stockPathByKind) {
        material(path + ".material", stock.material());
        contaminationClass(path + ".contaminationClass", stock.contaminationClass());
        positive(path + ".tonnes", stock.tonnes());
        String earlier = stockPathByKind.putIfAbsent(stock.material() + "\n" + stock.contaminationClass(), path);
        if (earlier != null) {
            error(path, "repeats the material and contaminationClass of " + earlier);
        }
    }

    private void checkRoute(String path, Route route, Places places, Set<String> routePairs) {
        knownId(path + ".from", route.from(), places);
        knownId(path + ".to", route.to(), places);
        atLeast(path + ".km", route.km(), 0);
        if (route.fixedCost() != null) {
            atLeast(path + ".fixedCost", route.fixedCost(), 0);
        }
        if (route.from() != null && route.to() != null && !routePairs.add(route.from() + "\n" + route.to())) {
            error(path, "repeats the route from \"" + route.from() + "\" to \"" + route.to() + "\"");
        }
    }

    private void checkId(String path, String id, Places places) {
        if (id == null) {
            error(path + ".id", "is required");
        } else if (id.isEmpty()) {
            error(path + ".id", "must not be empty");
        } else {
            String earlier = places.pathById.putIfAbsent(id, path);
            if (earlier != null) {
                error(path + ".id", "\"" + id + "\" is already used by " + earlier);
            }
        }
    }

    /**
     * A route's end must be an id of the problem in version 1. Version 2 ignores a route between ids it does not have
     * (the format's own examples list routes to a hub they leave out).
     */
    private void knownId(String path, String id, Places places) {
        if (id == null) {
            error(path, "is required");
        } else if (!places.timed && !places.pathById.containsKey(id)) {
            error(path, "\"" + id + "\" is not the id of a supply, demand, disposal site or virgin source");
        }
    }

    private void checkPosition(String path, Double lat, Double lon) {
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            error(path + ".lat", "must be between -90 and 90");
        }
        if (lon != null && !(lon >= -180 && lon <= 180)) {
            error(path + ".lon", "must be between -180 and 180");
        }
        if (lat != null && lon == null) {
            error(path + ".lon", "is required when lat is given");
        }
        if (lon != null && lat == null) {
            error(path + ".lat", "is required when lon is given");
        }
    }

    private void material(String path, String material) {
        if (material == null) {
            error(path, "is required");
        } else if (material.isEmpty()) {
            error(path, "must not be empty");
        }
    }

    private void materials(String path, List<String> materials, boolean nullMeansAll) {
        if (materials == null) {
            if (!nullMeansAll) {
                error(path, "is required");
            }
            return;
        }
        if (materials.isEmpty()) {
            error(path, "must not be empty" + (nullMeansAll ? " (null means every material)" : ""));
        }
        for (int i = 0; i < materials.size(); i++) {
            material(path + "[" + i + "]", materials.get(i));
        }
    }

    private void contaminationClass(String path, Integer contaminationClass) {
        if (contaminationClass != null && (contaminationClass < 1 || contaminationClass > 5)) {
            error(path, "must be between 1 and 5");
        }
    }

    /** A capacity over the horizon: > 0 or null, and only in a version 2 problem. */
    private void capacity(String path, Double capacityTonnes, Places places) {
        if (capacityTonnes == null) {
            return;
        }
        if (!places.timed) {
            error(path, "needs parameters.horizon");
        } else {
            positive(path, capacityTonnes);
        }
    }

    /** A window in order; in a version 2 problem also sharing a day with the horizon, null ends taken as its ends. */
    private void timedWindow(String path, String fromName, LocalDate from, String toName, LocalDate to,
                             Places places) {
        if (window(path, fromName, from, toName, to) && places.horizon != null) {
            LocalDate start = from == null ? places.horizon.from() : from;
            LocalDate end = to == null ? places.horizon.to() : to;
            if (start.isAfter(places.horizon.to()) || end.isBefore(places.horizon.from())) {
                String field = start.isAfter(places.horizon.to()) ? fromName : toName;
                error(path + "." + field, "makes the window share no day with parameters.horizon ("
                        + places.horizon.from() + " to " + places.horizon.to() + ")");
            }
        }
    }

    /** Whether the window is in order; reports it where it is not. */
    private boolean window(String path, String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            error(path + "." + fromName, "must not be after " + toName);
            return false;
        }
        return true;
    }

    private void required(String path, Object value) {
        if (value == null) {
            error(path, "is required");
        }
    }

    private void positive(String path, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            error(path, "must be > 0");
        }
    }

    private void atLeast(String path, double value, double minimum) {
        if (!(Double.isFinite(value) && value >= minimum)) {
            error(path, "must be >= " + number(minimum));
        }
    }

    private static boolean atMost(double value, double limit) {
        return value <= limit + RELATIVE_TOLERANCE * Math.max(1, Math.max(value, limit));
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
