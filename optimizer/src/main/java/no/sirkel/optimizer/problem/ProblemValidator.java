package no.sirkel.optimizer.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link Problem} against every rule of the problem format and names each broken field, e.g.
 * {@code supplies[3].tonnes must be > 0}. A message always starts with the path of the field it is about.
 */
public final class ProblemValidator {

    private final List<String> errors = new ArrayList<>();

    private ProblemValidator() {
    }

    /** Throws {@link InvalidProblemException} listing every broken rule, or returns if there is none. */
    public static void requireValid(Problem problem) {
        List<String> errors = validate(problem);
        if (!errors.isEmpty()) {
            throw new InvalidProblemException(errors);
        }
    }

    /** Every broken rule, in field order; empty when the problem is valid. */
    public static List<String> validate(Problem problem) {
        ProblemValidator validator = new ProblemValidator();
        validator.check(problem);
        return validator.errors;
    }

    private void check(Problem problem) {
        if (problem.parameters() == null) {
            errors.add("parameters is required");
        } else {
            checkParameters(problem.parameters());
        }
        Map<String, String> pathById = new HashMap<>();
        checkList("supplies", problem.supplies(), (path, supply) -> checkSupply(path, supply, pathById));
        checkList("demands", problem.demands(), (path, demand) -> checkDemand(path, demand, pathById));
        checkList("disposalSites", problem.disposalSites(), (path, site) -> checkDisposalSite(path, site, pathById));
        checkList("virginSources", problem.virginSources(), (path, source) -> checkVirginSource(path, source, pathById));
        Set<String> routePairs = new HashSet<>();
        checkList("routes", problem.routes(), (path, route) -> checkRoute(path, route, pathById, routePairs));
    }

    private interface ElementCheck<T> {
        void check(String path, T element);
    }

    private <T> void checkList(String name, List<T> list, ElementCheck<T> check) {
        if (list == null) {
            errors.add(name + " is required");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = name + "[" + i + "]";
            if (list.get(i) == null) {
                errors.add(path + " must be an object");
            } else {
                check.check(path, list.get(i));
            }
        }
    }

    private void checkParameters(Parameters parameters) {
        if (parameters.objective() == null) {
            errors.add("parameters.objective must be COST or TONNE_KM");
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
    }

    private void checkSupply(String path, Supply supply, Map<String, String> pathById) {
        checkId(path, supply.id(), pathById);
        checkPosition(path, supply.lat(), supply.lon());
        material(path + ".material", supply.material());
        contaminationClass(path + ".contaminationClass", supply.contaminationClass());
        positive(path + ".tonnes", supply.tonnes());
        window(path, "availableFrom", supply.availableFrom(), "availableTo", supply.availableTo());
    }

    private void checkDemand(String path, Demand demand, Map<String, String> pathById) {
        checkId(path, demand.id(), pathById);
        checkPosition(path, demand.lat(), demand.lon());
        materials(path + ".accepts", demand.accepts(), false);
        contaminationClass(path + ".maxContaminationClass", demand.maxContaminationClass());
        positive(path + ".tonnes", demand.tonnes());
        window(path, "neededFrom", demand.neededFrom(), "neededTo", demand.neededTo());
        if (demand.maxHaulKm() != null) {
            positive(path + ".maxHaulKm", demand.maxHaulKm());
        }
    }

    private void checkDisposalSite(String path, DisposalSite site, Map<String, String> pathById) {
        checkId(path, site.id(), pathById);
        checkPosition(path, site.lat(), site.lon());
        materials(path + ".accepts", site.accepts(), true);
        contaminationClass(path + ".maxContaminationClass", site.maxContaminationClass());
        atLeast(path + ".gateFeePerTonne", site.gateFeePerTonne(), 0);
    }

    private void checkVirginSource(String path, VirginSource source, Map<String, String> pathById) {
        checkId(path, source.id(), pathById);
        checkPosition(path, source.lat(), source.lon());
        materials(path + ".materials", source.materials(), false);
        atLeast(path + ".pricePerTonne", source.pricePerTonne(), 0);
    }

    private void checkRoute(String path, Route route, Map<String, String> pathById, Set<String> routePairs) {
        knownId(path + ".from", route.from(), pathById);
        knownId(path + ".to", route.to(), pathById);
        atLeast(path + ".km", route.km(), 0);
        if (route.fixedCost() != null) {
            atLeast(path + ".fixedCost", route.fixedCost(), 0);
        }
        if (route.from() != null && route.to() != null && !routePairs.add(route.from() + "\n" + route.to())) {
            errors.add(path + " repeats the route from \"" + route.from() + "\" to \"" + route.to() + "\"");
        }
    }

    private void checkId(String path, String id, Map<String, String> pathById) {
        if (id == null) {
            errors.add(path + ".id is required");
        } else if (id.isEmpty()) {
            errors.add(path + ".id must not be empty");
        } else {
            String earlier = pathById.putIfAbsent(id, path);
            if (earlier != null) {
                errors.add(path + ".id \"" + id + "\" is already used by " + earlier);
            }
        }
    }

    private void knownId(String path, String id, Map<String, String> pathById) {
        if (id == null) {
            errors.add(path + " is required");
        } else if (!pathById.containsKey(id)) {
            errors.add(path + " \"" + id + "\" is not the id of a supply, demand, disposal site or virgin source");
        }
    }

    private void checkPosition(String path, Double lat, Double lon) {
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            errors.add(path + ".lat must be between -90 and 90");
        }
        if (lon != null && !(lon >= -180 && lon <= 180)) {
            errors.add(path + ".lon must be between -180 and 180");
        }
        if (lat != null && lon == null) {
            errors.add(path + ".lon is required when lat is given");
        }
        if (lon != null && lat == null) {
            errors.add(path + ".lat is required when lon is given");
        }
    }

    private void material(String path, String material) {
        if (material == null) {
            errors.add(path + " is required");
        } else if (material.isEmpty()) {
            errors.add(path + " must not be empty");
        }
    }

    private void materials(String path, List<String> materials, boolean nullMeansAll) {
        if (materials == null) {
            if (!nullMeansAll) {
                errors.add(path + " is required");
            }
            return;
        }
        if (materials.isEmpty()) {
            errors.add(path + " must not be empty" + (nullMeansAll ? " (null means every material)" : ""));
        }
        for (int i = 0; i < materials.size(); i++) {
            material(path + "[" + i + "]", materials.get(i));
        }
    }

    private void contaminationClass(String path, Integer contaminationClass) {
        if (contaminationClass != null && (contaminationClass < 1 || contaminationClass > 5)) {
            errors.add(path + " must be between 1 and 5");
        }
    }

    private void window(String path, String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(path + "." + fromName + " must not be after " + toName);
        }
    }

    private void positive(String path, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            errors.add(path + " must be > 0");
        }
    }

    private void atLeast(String path, double value, double minimum) {
        if (!(Double.isFinite(value) && value >= minimum)) {
            errors.add(path + " must be >= " + (minimum == Math.rint(minimum) ? String.valueOf((long) minimum) : minimum));
        }
    }
}
