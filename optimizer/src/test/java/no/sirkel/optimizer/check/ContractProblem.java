package no.sirkel.optimizer.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A problem in the optimizer contract (optimizer-problem-v1), read straight from its JSON and with the contract's
 * rules for distance, eligibility and cost written out from the contract text. It shares no code with the solver on
 * purpose, so that checking a plan against it can catch the solver's mistakes.
 *
 * <p>Units: tonnes, road kilometres, NOK (or, with objective {@code TONNE_KM}, tonne-km), WGS84 degrees.
 */
public final class ContractProblem {

    /** Great-circle radius of the contract's haversine distance, in km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public enum Objective { COST, TONNE_KM }

    public record Parameters(Objective objective, double costPerTonneKm, double co2KgPerTonneKm,
                             double fixedCostPerRoute, double roadFactor, Double maxHaulKm,
                             double truckPayloadTonnes, double unplacedPenaltyPerTonne, double unmetPenaltyPerTonne) {
    }

    /** A WGS84 position in degrees. */
    public record Position(double lat, double lon) {
    }

    public record Supply(String id, Position position, String material, Integer contaminationClass, double tonnes,
                         LocalDate availableFrom, LocalDate availableTo) {
    }

    public record Demand(String id, Position position, Set<String> accepts, Integer maxContaminationClass,
                         double tonnes, LocalDate neededFrom, LocalDate neededTo, Double maxHaulKm) {
    }

    /** A landfill or receiving site; {@code accepts} null means every material. */
    public record DisposalSite(String id, Position position, Set<String> accepts, Integer maxContaminationClass,
                               double gateFeePerTonne) {
    }

    public record VirginSource(String id, Position position, Set<String> materials, double pricePerTonne) {
    }

    public record Route(String from, String to, double km, Double fixedCost) {
    }

    /**
     * One way to send a remainder: a disposal site for a supply's unsent tonnes or a virgin source for a demand's
     * missing tonnes, with its objective cost per tonne split into transport and the site's fee or price.
     */
    public record FallbackOption(String id, double km, double feePerTonne, double transportPerTonne) {
        public double costPerTonne() {
            return feePerTonne + transportPerTonne;
        }
    }

    /**
     * The cheapest way to handle one tonne of a remainder: {@code costPerTonne} is δ(s) or ν(d); {@code cheapest}
     * holds every eligible option that costs that much (ties), and is empty where the penalty applies.
     */
    public record Fallback(double costPerTonne, List<FallbackOption> cheapest) {
        public boolean isPenalty() {
            return cheapest.isEmpty();
        }

        public Optional<FallbackOption> option(String id) {
            return cheapest.stream().filter(option -> option.id().equals(id)).findFirst();
        }
    }

    private final String name;
    private final Parameters parameters;
    private final List<Supply> supplies;
    private final List<Demand> demands;
    private final List<DisposalSite> disposalSites;
    private final List<VirginSource> virginSources;
    private final Map<String, Route> routesByPair;

    private ContractProblem(String name, Parameters parameters, List<Supply> supplies, List<Demand> demands,
                            List<DisposalSite> disposalSites, List<VirginSource> virginSources, List<Route> routes) {
        this.name = name;
        this.parameters = parameters;
        this.supplies = List.copyOf(supplies);
        this.demands = List.copyOf(demands);
        this.disposalSites = List.copyOf(disposalSites);
        this.virginSources = List.copyOf(virginSources);
        this.routesByPair = new HashMap<>();
        for (Route route : routes) {
            routesByPair.put(pairKey(route.from(), route.to()), route);
        }
    }

    /**
     * Reads a problem and checks it against every field rule of the contract.
     *
     * @param violations receives one entry per broken rule, named after the field ({@code supplies[3].tonnes})
     * @return the problem; only meaningful where no violation was added
     */
    public static ContractProblem read(JsonNode root, List<Violation> violations) {
        return new ProblemParser(violations).parse(root);
    }

    static ContractProblem of(String name, Parameters parameters, List<Supply> supplies, List<Demand> demands,
                              List<DisposalSite> disposalSites, List<VirginSource> virginSources,
                              List<Route> routes) {
        return new ContractProblem(name, parameters, supplies, demands, disposalSites, virginSources, routes);
    }

    private static String pairKey(String from, String to) {
        return from + '\u0000' + to;
    }

    public String name() {
        return name;
    }

    public Parameters parameters() {
        return parameters;
    }

    public List<Supply> supplies() {
        return supplies;
    }

    public List<Demand> demands() {
        return demands;
    }

    public List<DisposalSite> disposalSites() {
        return disposalSites;
    }

    public List<VirginSource> virginSources() {
        return virginSources;
    }

    public int routeCount() {
        return routesByPair.size();
    }

    /** The route listed from one id to another, if any. */
    public Optional<Route> route(String from, String to) {
        return Optional.ofNullable(routesByPair.get(pairKey(from, to)));
    }

    /**
     * km(a, b) of the contract: the listed route's km, else haversine × roadFactor where both have positions, else
     * empty (not connected).
     */
    public OptionalDouble km(String fromId, Position from, String toId, Position to) {
        Route route = routesByPair.get(pairKey(fromId, toId));
        if (route != null) {
            return OptionalDouble.of(route.km());
        }
        if (from == null || to == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(greatCircleKm(from, to) * parameters.roadFactor());
    }

    /** Haversine distance in km on a sphere of radius {@link #EARTH_RADIUS_KM}. */
    public static double greatCircleKm(Position a, Position b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double halfDLat = (lat2 - lat1) / 2;
        double halfDLon = Math.toRadians(b.lon() - a.lon()) / 2;
        double h = Math.sin(halfDLat) * Math.sin(halfDLat)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(halfDLon) * Math.sin(halfDLon);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    public OptionalDouble km(Supply supply, Demand demand) {
        return km(supply.id(), supply.position(), demand.id(), demand.position());
    }

    /** The first supply → demand eligibility rule of the contract that a pair breaks. */
    private enum Breach { MATERIAL, CLASS, AVAILABLE_TOO_LATE, NEEDED_TOO_LATE, NO_DISTANCE, PROBLEM_HAUL, DEMAND_HAUL }

    private Breach breach(Supply supply, Demand demand) {
        if (!demand.accepts().contains(supply.material())) {
            return Breach.MATERIAL;
        }
        if (!classFits(supply.contaminationClass(), demand.maxContaminationClass())) {
            return Breach.CLASS;
        }
        if (supply.availableFrom() != null && demand.neededTo() != null
                && supply.availableFrom().isAfter(demand.neededTo())) {
            return Breach.AVAILABLE_TOO_LATE;
        }
        if (demand.neededFrom() != null && supply.availableTo() != null
                && demand.neededFrom().isAfter(supply.availableTo())) {
            return Breach.NEEDED_TOO_LATE;
        }
        OptionalDouble km = km(supply, demand);
        if (km.isEmpty()) {
            return Breach.NO_DISTANCE;
        }
        if (parameters.maxHaulKm() != null && km.getAsDouble() > parameters.maxHaulKm()) {
            return Breach.PROBLEM_HAUL;
        }
        if (demand.maxHaulKm() != null && km.getAsDouble() > demand.maxHaulKm()) {
            return Breach.DEMAND_HAUL;
        }
        return null;
    }

    /** Why supply → demand is not an eligible pair, or empty where it is. */
    public Optional<String> whyIneligible(Supply supply, Demand demand) {
        Breach breach = breach(supply, demand);
        if (breach == null) {
            return Optional.empty();
        }
        return Optional.of(switch (breach) {
            case MATERIAL -> demand.id() + " does not accept " + supply.material();
            case CLASS -> "class " + supply.contaminationClass() + " is above " + demand.id() + "'s maximum "
                    + demand.maxContaminationClass();
            case AVAILABLE_TOO_LATE -> supply.id() + " is available from " + supply.availableFrom() + ", after "
                    + demand.id() + " is needed to " + demand.neededTo();
            case NEEDED_TOO_LATE -> demand.id() + " is needed from " + demand.neededFrom() + ", after " + supply.id()
                    + " is available to " + supply.availableTo();
            case NO_DISTANCE -> "no route and no positions give a distance";
            case PROBLEM_HAUL -> "km " + Tolerance.format(km(supply, demand).getAsDouble())
                    + " is above parameters.maxHaulKm " + Tolerance.format(parameters.maxHaulKm());
            case DEMAND_HAUL -> "km " + Tolerance.format(km(supply, demand).getAsDouble()) + " is above "
                    + demand.id() + "'s maxHaulKm " + Tolerance.format(demand.maxHaulKm());
        });
    }

    public boolean isEligible(Supply supply, Demand demand) {
        return breach(supply, demand) == null;
    }

    /** Number of eligible supply → demand pairs (the arcs a solver works on); visits every pair. */
    public long countEligiblePairs() {
        long count = 0;
        for (Supply supply : supplies) {
            for (Demand demand : demands) {
                if (isEligible(supply, demand)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean classFits(Integer contaminationClass, Integer maxContaminationClass) {
        return contaminationClass == null || maxContaminationClass == null
                || contaminationClass <= maxContaminationClass;
    }

    /** The objective's cost per tonne-km: costPerTonneKm for COST, 1 for TONNE_KM. */
    public double unitCost() {
        return parameters.objective() == Objective.COST ? parameters.costPerTonneKm() : 1.0;
    }

    /** The objective's fixed cost of using a pair: the route's fixedCost or fixedCostPerRoute; 0 for TONNE_KM. */
    public double fixedCost(Supply supply, Demand demand) {
        return fixedCost(supply.id(), demand.id());
    }

    /** The objective's fixed cost of using the pair from one id to another (any ordered pair in version 2). */
    public double fixedCost(String fromId, String toId) {
        if (parameters.objective() == Objective.TONNE_KM) {
            return 0;
        }
        Route route = routesByPair.get(pairKey(fromId, toId));
        return route != null && route.fixedCost() != null ? route.fixedCost() : parameters.fixedCostPerRoute();
    }

    /** δ(s): the cheapest eligible disposal sites for one tonne of the supply, or the unplaced penalty. */
    public Fallback disposal(Supply supply) {
        List<FallbackOption> options = new ArrayList<>();
        for (DisposalSite site : disposalSites) {
            if (whyIneligible(supply, site).isEmpty()) {
                double km = km(supply.id(), supply.position(), site.id(), site.position()).orElseThrow();
                options.add(new FallbackOption(site.id(), km, objectiveFee(site.gateFeePerTonne()), unitCost() * km));
            }
        }
        return cheapest(options, parameters.unplacedPenaltyPerTonne());
    }

    /** ν(d): the cheapest eligible virgin sources for one tonne of the demand, or the unmet penalty. */
    public Fallback virgin(Demand demand) {
        List<FallbackOption> options = new ArrayList<>();
        for (VirginSource source : virginSources) {
            if (whyIneligible(source, demand).isEmpty()) {
                double km = km(source.id(), source.position(), demand.id(), demand.position()).orElseThrow();
                options.add(new FallbackOption(source.id(), km, objectiveFee(source.pricePerTonne()), unitCost() * km));
            }
        }
        return cheapest(options, parameters.unmetPenaltyPerTonne());
    }

    /** Why a disposal site cannot take a supply, or empty where it can. */
    public Optional<String> whyIneligible(Supply supply, DisposalSite site) {
        if (site.accepts() != null && !site.accepts().contains(supply.material())) {
            return Optional.of(site.id() + " does not accept " + supply.material());
        }
        if (!classFits(supply.contaminationClass(), site.maxContaminationClass())) {
            return Optional.of("class " + supply.contaminationClass() + " is above " + site.id() + "'s maximum "
                    + site.maxContaminationClass());
        }
        if (km(supply.id(), supply.position(), site.id(), site.position()).isEmpty()) {
            return Optional.of("no route and no positions give a distance");
        }
        return Optional.empty();
    }

    /** Why a virgin source cannot serve a demand, or empty where it can. */
    public Optional<String> whyIneligible(VirginSource source, Demand demand) {
        if (Collections.disjoint(source.materials(), demand.accepts())) {
            return Optional.of(source.id() + " sells nothing " + demand.id() + " accepts");
        }
        if (km(source.id(), source.position(), demand.id(), demand.position()).isEmpty()) {
            return Optional.of("no route and no positions give a distance");
        }
        return Optional.empty();
    }

    /** A fee, price or opening cost as the objective counts it: itself for COST, 0 for TONNE_KM. */
    public double objectiveFee(double fee) {
        return parameters.objective() == Objective.COST ? fee : 0;
    }

    private static Fallback cheapest(List<FallbackOption> options, double penaltyPerTonne) {
        if (options.isEmpty()) {
            return new Fallback(penaltyPerTonne, List.of());
        }
        double min = options.stream().mapToDouble(FallbackOption::costPerTonne).min().orElseThrow();
        List<FallbackOption> ties = options.stream()
                .filter(option -> Tolerance.close(option.costPerTonne(), min))
                .toList();
        return new Fallback(min, ties);
    }
}
