package no.sirkel.optimizer.network;

import no.sirkel.optimizer.rules.Eligibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.InvalidProblemException;
import no.sirkel.optimizer.problem.Objective;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemValidator;
import no.sirkel.optimizer.problem.Route;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;

/**
 * Reduces a valid {@link Problem} to a {@link Network} exactly as the problem format defines distance, eligibility
 * and cost, in the objective's cost unit (NOK for COST; for TONNE_KM one unit per tonne-km, fees, prices and fixed
 * costs 0, penalties kept).
 *
 * <p>Arcs whose {@code savingPerTonne} is ≤ 0 are left out: every tonne on such a pair costs at least as much as its
 * fallbacks, and the pair may add a fixed cost, so moving its tonnes back to disposal and virgin supply never makes a
 * plan dearer. An optimal plan therefore never needs them.
 *
 * <p>Supply→demand pairs are only looked at within a material: demands are grouped by accepted material. Where a haul
 * limit applies, demands are bucketed in a {@link PointGrid} and each supply looks only at the cells within reach
 * (road km ≥ great-circle km × roadFactor, so a limit of L road km means at most L / roadFactor great-circle km);
 * pairs with a listed route are taken from the route list, whatever their great-circle distance.
 */
public final class NetworkBuilder {

    private final Problem problem;
    private final Parameters parameters;
    private final boolean money;
    private final double c;
    private final Map<String, Integer> supplyIndex = new HashMap<>();
    private final Map<String, Integer> demandIndex = new HashMap<>();
    private final RoadDistances distances;
    /** Per supply: the demands it has a listed route to (null where none). */
    private final List<Map<Integer, Route>> demandRoutesBySupply = new ArrayList<>();

    private NetworkBuilder(Problem problem) {
        this.problem = problem;
        this.parameters = problem.parameters();
        this.distances = new RoadDistances(problem);
        this.money = parameters.objective() == Objective.COST;
        this.c = money ? parameters.costPerTonneKm() : 1;
        for (int s = 0; s < problem.supplies().size(); s++) {
            supplyIndex.put(problem.supplies().get(s).id(), s);
            demandRoutesBySupply.add(null);
        }
        for (int d = 0; d < problem.demands().size(); d++) {
            demandIndex.put(problem.demands().get(d).id(), d);
        }
        for (Route route : problem.routes()) {
            Integer s = supplyIndex.get(route.from());
            Integer d = demandIndex.get(route.to());
            if (s != null && d != null) {
                if (demandRoutesBySupply.get(s) == null) {
                    demandRoutesBySupply.set(s, new HashMap<>());
                }
                demandRoutesBySupply.get(s).put(d, route);
            }
        }
    }

    /** Builds the network of a problem; refuses an invalid one with {@link InvalidProblemException}. */
    public static PreparedProblem build(Problem problem) {
        ProblemValidator.requireValid(problem);
        return new NetworkBuilder(problem).build();
    }

    private PreparedProblem build() {
        List<Supply> supplies = problem.supplies();
        List<Demand> demands = problem.demands();
        int[] siteBySupply = new int[supplies.size()];
        double[] siteKm = new double[supplies.size()];
        double[] disposalCost = new double[supplies.size()];
        for (int s = 0; s < supplies.size(); s++) {
            chooseDisposal(s, siteBySupply, siteKm, disposalCost);
        }
        int[] sourceByDemand = new int[demands.size()];
        double[] sourceKm = new double[demands.size()];
        double[] virginCost = new double[demands.size()];
        for (int d = 0; d < demands.size(); d++) {
            chooseVirginSource(d, sourceByDemand, sourceKm, virginCost);
        }
        List<Arc> arcs = pairs(disposalCost, virginCost);
        double[] supplyTonnes = supplies.stream().mapToDouble(Supply::tonnes).toArray();
        double[] demandTonnes = demands.stream().mapToDouble(Demand::tonnes).toArray();
        Network network = new Network(supplyTonnes, demandTonnes, disposalCost, virginCost, arcs);
        return new PreparedProblem(problem, network, siteBySupply, siteKm, sourceByDemand, sourceKm);
    }

    private void chooseDisposal(int s, int[] siteBySupply, double[] siteKm, double[] disposalCost) {
        Supply supply = problem.supplies().get(s);
        siteBySupply[s] = PreparedProblem.PENALTY;
        siteKm[s] = Double.NaN;
        disposalCost[s] = parameters.unplacedPenaltyPerTonne();
        List<DisposalSite> sites = problem.disposalSites();
        for (int l = 0; l < sites.size(); l++) {
            DisposalSite site = sites.get(l);
            if (!Eligibility.accepts(site.accepts(), supply.material())
                    || !Eligibility.classFits(supply.contaminationClass(), site.maxContaminationClass())) {
                continue;
            }
            double km = distances.km(supply.id(), supply.lat(), supply.lon(), site.id(), site.lat(),
                    site.lon());
            if (Double.isNaN(km)) {
                continue;
            }
            double cost = (money ? site.gateFeePerTonne() : 0) + c * km;
            if (siteBySupply[s] == PreparedProblem.PENALTY || cost < disposalCost[s]) {
                siteBySupply[s] = l;
                siteKm[s] = km;
                disposalCost[s] = cost;
            }
        }
    }

    private void chooseVirginSource(int d, int[] sourceByDemand, double[] sourceKm, double[] virginCost) {
        Demand demand = problem.demands().get(d);
        sourceByDemand[d] = PreparedProblem.PENALTY;
        sourceKm[d] = Double.NaN;
        virginCost[d] = parameters.unmetPenaltyPerTonne();
        List<VirginSource> sources = problem.virginSources();
        for (int q = 0; q < sources.size(); q++) {
            VirginSource source = sources.get(q);
            if (source.materials().stream().noneMatch(demand.accepts()::contains)) {
                continue;
            }
            double km = distances.km(source.id(), source.lat(), source.lon(), demand.id(), demand.lat(),
                    demand.lon());
            if (Double.isNaN(km)) {
                continue;
            }
            double cost = (money ? source.pricePerTonne() : 0) + c * km;
            if (sourceByDemand[d] == PreparedProblem.PENALTY || cost < virginCost[d]) {
                sourceByDemand[d] = q;
                sourceKm[d] = km;
                virginCost[d] = cost;
            }
        }
    }

    /** Eligible supply→demand pairs with a positive saving, ordered by supply, then demand. */
    private List<Arc> pairs(double[] disposalCost, double[] virginCost) {
        Map<String, DemandGroup> groups = demandGroups();
        List<Arc> arcs = new ArrayList<>();
        int[] candidates = new int[2 * problem.demands().size() + 1];
        for (int s = 0; s < problem.supplies().size(); s++) {
            Supply supply = problem.supplies().get(s);
            Map<Integer, Route> routes = demandRoutesBySupply.get(s);
            int[] count = {0};
            int[] found = candidates;
            DemandGroup group = groups.get(supply.material());
            if (group != null && supply.lat() != null) {
                for (int d : group.unlimited) {
                    found[count[0]++] = d;
                }
                if (group.grid != null) {
                    group.grid.near(supply.lat(), supply.lon(), group.maxReachKm, d -> found[count[0]++] = d);
                }
            }
            if (routes != null) {
                for (int d : routes.keySet()) {
                    found[count[0]++] = d;
                }
            }
            Arrays.sort(found, 0, count[0]);
            int previous = -1;
            for (int i = 0; i < count[0]; i++) {
                int d = found[i];
                if (d == previous) {
                    continue;
                }
                previous = d;
                Route route = routes == null ? null : routes.get(d);
                addArcIfEligible(arcs, s, d, route, disposalCost, virginCost);
            }
        }
        return arcs;
    }

    private void addArcIfEligible(List<Arc> arcs, int s, int d, Route route, double[] disposalCost,
                                  double[] virginCost) {
        Supply supply = problem.supplies().get(s);
        Demand demand = problem.demands().get(d);
        if (!Eligibility.accepts(demand.accepts(), supply.material())
                || !Eligibility.classFits(supply.contaminationClass(), demand.maxContaminationClass())
                || !Eligibility.windowsOverlap(supply.availableFrom(), supply.availableTo(), demand.neededFrom(),
                        demand.neededTo())) {
            return;
        }
        double km = route != null ? route.km()
                : distances.estimatedKm(supply.lat(), supply.lon(), demand.lat(), demand.lon());
        if (Double.isNaN(km) || !Eligibility.withinHaulLimits(km, parameters.maxHaulKm(), demand.maxHaulKm())) {
            return;
        }
        double costPerTonne = c * km;
        double saving = disposalCost[s] + virginCost[d] - costPerTonne;
        if (saving <= 0) {
            return;
        }
        double fixedCost = !money ? 0
                : route != null && route.fixedCost() != null ? route.fixedCost() : parameters.fixedCostPerRoute();
        arcs.add(new Arc(arcs.size(), s, d, km, costPerTonne, fixedCost, saving));
    }





    /** The tighter of the problem's and the demand's haul limits, road km; infinite where neither is set. */
    private double haulLimit(Demand demand) {
        double limit = parameters.maxHaulKm() == null ? Double.POSITIVE_INFINITY : parameters.maxHaulKm();
        return demand.maxHaulKm() == null ? limit : Math.min(limit, demand.maxHaulKm());
    }



    /**
     * Demands with coordinates that accept one material: those with no haul limit (every supply of the material looks
     * at them) and a grid of those with one, with the farthest great-circle reach any of them allows.
     */
    private static final class DemandGroup {
        int[] unlimited;
        PointGrid grid;
        double maxReachKm;
    }

    private Map<String, DemandGroup> demandGroups() {
        Map<String, List<Integer>> unlimited = new HashMap<>();
        Map<String, List<Integer>> limited = new HashMap<>();
        List<Demand> demands = problem.demands();
        for (int d = 0; d < demands.size(); d++) {
            Demand demand = demands.get(d);
            if (demand.lat() == null) {
                continue;
            }
            Map<String, List<Integer>> target = Double.isInfinite(haulLimit(demand)) ? unlimited : limited;
            for (String material : demand.accepts()) {
                List<Integer> members = target.computeIfAbsent(material, m -> new ArrayList<>());
                if (members.isEmpty() || members.get(members.size() - 1) != d) {
                    members.add(d);
                }
            }
        }
        Map<String, DemandGroup> groups = new HashMap<>();
        unlimited.forEach((material, members) -> groups.computeIfAbsent(material, m -> new DemandGroup()).unlimited =
                members.stream().mapToInt(Integer::intValue).toArray());
        limited.forEach((material, members) -> {
            DemandGroup group = groups.computeIfAbsent(material, m -> new DemandGroup());
            int[] ids = members.stream().mapToInt(Integer::intValue).toArray();
            double[] lats = new double[ids.length];
            double[] lons = new double[ids.length];
            double maxLimit = 0;
            for (int i = 0; i < ids.length; i++) {
                Demand demand = demands.get(ids[i]);
                lats[i] = demand.lat();
                lons[i] = demand.lon();
                maxLimit = Math.max(maxLimit, haulLimit(demand));
            }
            group.maxReachKm = maxLimit / parameters.roadFactor();
            group.grid = new PointGrid(ids, lats, lons, group.maxReachKm);
        });
        groups.values().forEach(group -> {
            if (group.unlimited == null) {
                group.unlimited = new int[0];
            }
        });
        return groups;
    }
}
