package no.sirkel.optimizer.timed;

import java.util.HashMap;
import java.util.Map;

import no.sirkel.optimizer.network.RoadDistances;
import no.sirkel.optimizer.plan.FlowKind;
import no.sirkel.optimizer.plan.ScheduledFlow;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.DisposalSite;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.Objective;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Route;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;
import no.sirkel.optimizer.problem.VirginSource;

/**
 * The one place that prices a version 2 flow, in the objective's unit: road km between two ids, {@code c} per
 * tonne-km, the fee per tonne of each flow kind (handling and processing into a hub, gate fee, virgin price), the fixed
 * cost of a pair and a candidate hub's opening cost. With objective TONNE_KM, c is 1 and every fee, price, fixed and
 * opening cost is 0. Both the time-expanded network and the plan builder price through it.
 */
public final class FlowPricing {

    private final Parameters parameters;
    private final boolean money;
    private final RoadDistances distances;
    private final boolean hasRoutes;
    private final Map<String, double[]> positions = new HashMap<>();
    private final Map<String, Supply> supplies = new HashMap<>();
    private final Map<String, StorageHub> hubs = new HashMap<>();
    private final Map<String, DisposalSite> disposalSites = new HashMap<>();
    private final Map<String, VirginSource> virginSources = new HashMap<>();

    public FlowPricing(Problem problem) {
        this.parameters = problem.parameters();
        this.money = parameters.objective() == Objective.COST;
        this.distances = new RoadDistances(problem);
        this.hasRoutes = !problem.routes().isEmpty();
        for (Supply supply : problem.supplies()) {
            supplies.put(supply.id(), supply);
            position(supply.id(), supply.lat(), supply.lon());
        }
        for (Demand demand : problem.demands()) {
            position(demand.id(), demand.lat(), demand.lon());
        }
        for (DisposalSite site : problem.disposalSites()) {
            disposalSites.put(site.id(), site);
            position(site.id(), site.lat(), site.lon());
        }
        for (VirginSource source : problem.virginSources()) {
            virginSources.put(source.id(), source);
            position(source.id(), source.lat(), source.lon());
        }
        for (StorageHub hub : problem.storageHubs()) {
            hubs.put(hub.id(), hub);
            position(hub.id(), hub.lat(), hub.lon());
        }
    }

    private void position(String id, Double lat, Double lon) {
        if (lat != null && lon != null) {
            positions.put(id, new double[] {lat, lon});
        }
    }

    /** Road km from one id to another: the listed route, else great-circle km × road factor; NaN if not connected. */
    public double km(String fromId, String toId) {
        Route route = hasRoutes ? distances.route(fromId, toId) : null;
        if (route != null) {
            return route.km();
        }
        double[] from = positions.get(fromId);
        double[] to = positions.get(toId);
        return from == null || to == null ? Double.NaN : distances.estimatedKm(from[0], from[1], to[0], to[1]);
    }

    /** The c of the cost formula: NOK per tonne-km, or 1 for TONNE_KM. */
    public double costPerTonneKm() {
        return money ? parameters.costPerTonneKm() : 1;
    }

    /** Fixed cost of a supply→demand, supply→hub or hub→demand pair: the route's own where listed, else the default. */
    public double fixedCost(String fromId, String toId) {
        if (!money) {
            return 0;
        }
        Route route = hasRoutes ? distances.route(fromId, toId) : null;
        return route != null && route.fixedCost() != null ? route.fixedCost() : parameters.fixedCostPerRoute();
    }

    /** Opening cost of a candidate hub (0 for an existing hub). */
    public double openingCost(StorageHub hub) {
        return money && hub.isCandidate() ? hub.openingCost() : 0;
    }

    /** Handling fee of a hub per tonne taken in, plus the process's fee where {@code process} is not null. */
    public double intakeFeePerTonne(StorageHub hub, HubProcess process) {
        if (!money) {
            return 0;
        }
        return hub.handlingFeePerTonne() + (process == null ? 0 : process.feePerTonne());
    }

    public double gateFeePerTonne(DisposalSite site) {
        return money ? site.gateFeePerTonne() : 0;
    }

    public double pricePerTonne(VirginSource source) {
        return money ? source.pricePerTonne() : 0;
    }

    public double unplacedPenaltyPerTonne() {
        return parameters.unplacedPenaltyPerTonne();
    }

    public double unmetPenaltyPerTonne() {
        return parameters.unmetPenaltyPerTonne();
    }

    /** The per-tonne fee of a flow besides transport: intake and processing, gate fee or virgin price (0 otherwise). */
    public double feePerTonne(ScheduledFlow flow) {
        return switch (flow.kind()) {
            case TO_HUB -> {
                StorageHub hub = hubs.get(flow.to());
                yield intakeFeePerTonne(hub, flow.processed()
                        ? process(hub, supplies.get(flow.from()).material()) : null);
            }
            case DISPOSAL -> gateFeePerTonne(disposalSites.get(flow.to()));
            case VIRGIN -> pricePerTonne(virginSources.get(flow.from()));
            case MATCH, FROM_HUB -> 0;
        };
    }

    /** Whether a flow kind pays a pair's fixed cost. */
    public static boolean paysFixedCost(FlowKind kind) {
        return kind == FlowKind.MATCH || kind == FlowKind.TO_HUB || kind == FlowKind.FROM_HUB;
    }

    /** The hub's process taking {@code material} in, or null. */
    static HubProcess process(StorageHub hub, String material) {
        for (HubProcess process : hub.processes()) {
            if (process.from().equals(material)) {
                return process;
            }
        }
        return null;
    }
}
