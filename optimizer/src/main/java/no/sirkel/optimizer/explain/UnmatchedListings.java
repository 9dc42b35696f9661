package no.sirkel.optimizer.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.sirkel.optimizer.rules.Eligibility;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.RoadDistances;
import no.sirkel.optimizer.plan.FlowKind;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.Periods;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.StorageHub;
import no.sirkel.optimizer.problem.Supply;

/**
 * Says why supplies and demands a plan leaves (partly) unmatched got no more: the first eligibility rule that rules
 * out every counterpart, or, where eligible counterparts exist, that they were full or that matching was not worth it
 * against landfill and quarry (including fixed costs). In version 2 a counterpart may also be reached through a
 * storage hub, which can bridge windows that do not meet. Tonnes that go to no landfill or come from no quarry pay
 * the penalty; they are counted apart, with why.
 */
public final class UnmatchedListings {

    /** Why a listing's remainder found no counterpart, in the order the rules are tried. */
    public enum Reason {
        /** No counterpart takes (or offers) the material at this contamination class. */
        NO_COMPATIBLE_COUNTERPART,
        /** Compatible counterparts exist, but none within the haul limits (or connected at all). */
        NO_COUNTERPART_IN_REACH,
        /** Compatible counterparts in reach exist, but none whose time window meets this one. */
        WINDOW_MISMATCH,
        /**
         * Version 2: compatible counterparts in reach exist, but none whose window meets this one, and no storage hub
         * within reach of both can hold the material from this window to a counterpart's.
         */
        NO_STORAGE_BETWEEN_WINDOWS,
        /** Every eligible counterpart is already filled (or emptied) by other matches in the plan. */
        COUNTERPARTS_TAKEN,
        /** Eligible counterparts with room exist: landfill and quarry were cheaper, fixed costs included. */
        NOT_WORTH_IT
    }

    /** Why tonnes the plan sends to no landfill or takes from no quarry pay the penalty. */
    public enum OutletReason {
        /** No landfill takes the material at this class (or none is connected). */
        NO_LANDFILL,
        /** Landfills take it, but the plan found their capacity used. */
        LANDFILL_CAPACITY,
        /** No quarry sells a material the demand accepts (or none is connected). */
        NO_QUARRY,
        /** Quarries sell it, but the plan found their capacity used. */
        QUARRY_CAPACITY,
        /** Version 2: landfills or quarries could, but the plan left the tonnes (a dearer outlet than the penalty). */
        PLANNED
    }

    /**
     * @param id              the supply's or demand's id
     * @param side            SUPPLY or DEMAND
     * @param tonnes          the listing's tonnes in the problem (version 2: released or needed within the horizon)
     * @param unmatchedTonnes what the plan sends to no counterpart: to landfill, from a quarry, or nowhere
     * @param penaltyTonnes   of those, what goes to no landfill or comes from no quarry and pays the penalty
     * @param outletReason    why those pay the penalty; null where none do
     */
    public record Unmatched(String id, String side, double tonnes, double unmatchedTonnes, Reason reason,
                            double penaltyTonnes, OutletReason outletReason) {
    }

    private final Problem problem;
    private final RoadDistances distances;
    private final Map<String, Double> matched;
    private final Map<String, Double> penalties;
    private final boolean timed;

    private UnmatchedListings(Problem problem, Map<String, Double> matchedTonnesById,
                              Map<String, Double> penaltyTonnesById) {
        this.problem = problem;
        this.distances = new RoadDistances(problem);
        this.matched = matchedTonnesById;
        this.penalties = penaltyTonnesById;
        this.timed = problem.parameters().horizon() != null;
    }

    /**
     * @param matchedTonnesById tonnes each supply sends and each demand receives in the plan, by id (absent = 0)
     * @return every supply and demand with unmatched tonnes and why, supplies first, in problem order
     */
    public static List<Unmatched> explain(Problem problem, Map<String, Double> matchedTonnesById) {
        return new UnmatchedListings(problem, matchedTonnesById, Map.of()).explain(null);
    }

    /**
     * The listings a plan leaves (partly) unmatched. A supply counts as matched for what it sends to demands and
     * hubs, a demand for what it receives from supplies and hubs; in version 2 a listing's tonnes are what it
     * releases or needs within the horizon.
     */
    public static List<Unmatched> explain(Problem problem, Plan plan) {
        Map<String, Double> matched = new HashMap<>();
        Map<String, Double> penalties = new HashMap<>();
        Map<String, Double> inHorizon = new HashMap<>();
        if (plan.timed()) {
            for (Plan.Flow flow : plan.flows()) {
                if (flow.kind() == FlowKind.MATCH || flow.kind() == FlowKind.TO_HUB) {
                    matched.merge(flow.from(), flow.tonnes(), Double::sum);
                }
                if (flow.kind() == FlowKind.MATCH || flow.kind() == FlowKind.FROM_HUB) {
                    matched.merge(flow.to(), flow.tonnes(), Double::sum);
                }
            }
            plan.unplaced().forEach(rest -> penalties.merge(rest.supply(), rest.tonnes(), Double::sum));
            plan.unmet().forEach(rest -> penalties.merge(rest.demand(), rest.tonnes(), Double::sum));
            Periods periods = Periods.of(problem.parameters().horizon(), problem.parameters().periodLength());
            for (Supply supply : problem.supplies()) {
                inHorizon.put(supply.id(), Arrays.stream(periods.spread(supply.tonnes(), supply.availableFrom(),
                        supply.availableTo())).sum());
            }
            for (Demand demand : problem.demands()) {
                inHorizon.put(demand.id(), Arrays.stream(periods.spread(demand.tonnes(), demand.neededFrom(),
                        demand.neededTo())).sum());
            }
        } else {
            for (Plan.Match match : plan.matches()) {
                matched.merge(match.supply(), match.tonnes(), Double::sum);
                matched.merge(match.demand(), match.tonnes(), Double::sum);
            }
            plan.disposals().stream().filter(rest -> rest.site() == null)
                    .forEach(rest -> penalties.merge(rest.supply(), rest.tonnes(), Double::sum));
            plan.virginDeliveries().stream().filter(rest -> rest.source() == null)
                    .forEach(rest -> penalties.merge(rest.demand(), rest.tonnes(), Double::sum));
        }
        return new UnmatchedListings(problem, matched, penalties).explain(plan.timed() ? inHorizon : null);
    }

    /** @param inHorizon each listing's tonnes within the horizon (version 2), or null to take its tonnes */
    private List<Unmatched> explain(Map<String, Double> inHorizon) {
        List<Unmatched> unmatched = new ArrayList<>();
        for (Supply supply : problem.supplies()) {
            double tonnes = inHorizon == null ? supply.tonnes() : inHorizon.getOrDefault(supply.id(), 0.0);
            double rest = tonnes - matched(supply.id());
            if (rest > Network.EPSILON_TONNES) {
                double penalty = penalties.getOrDefault(supply.id(), 0.0);
                unmatched.add(new Unmatched(supply.id(), "SUPPLY", tonnes, rest, reason(supply), penalty,
                        penalty > Network.EPSILON_TONNES ? outlet(supply) : null));
            }
        }
        for (Demand demand : problem.demands()) {
            double tonnes = inHorizon == null ? demand.tonnes() : inHorizon.getOrDefault(demand.id(), 0.0);
            double rest = tonnes - matched(demand.id());
            if (rest > Network.EPSILON_TONNES) {
                double penalty = penalties.getOrDefault(demand.id(), 0.0);
                unmatched.add(new Unmatched(demand.id(), "DEMAND", tonnes, rest, reason(demand), penalty,
                        penalty > Network.EPSILON_TONNES ? outlet(demand) : null));
            }
        }
        return unmatched;
    }

    private OutletReason outlet(Supply supply) {
        boolean eligible = problem.disposalSites().stream().anyMatch(site ->
                Eligibility.accepts(site.accepts(), supply.material())
                        && Eligibility.classFits(supply.contaminationClass(), site.maxContaminationClass())
                        && !Double.isNaN(distances.km(supply.id(), supply.lat(), supply.lon(), site.id(), site.lat(),
                        site.lon())));
        if (!eligible) {
            return OutletReason.NO_LANDFILL;
        }
        boolean limited = problem.disposalSites().stream().anyMatch(site -> site.capacityTonnes() != null);
        return limited ? OutletReason.LANDFILL_CAPACITY : OutletReason.PLANNED;
    }

    private OutletReason outlet(Demand demand) {
        boolean eligible = problem.virginSources().stream().anyMatch(source ->
                source.materials().stream().anyMatch(material -> Eligibility.accepts(demand.accepts(), material))
                        && !Double.isNaN(distances.km(source.id(), source.lat(), source.lon(), demand.id(),
                        demand.lat(), demand.lon())));
        if (!eligible) {
            return OutletReason.NO_QUARRY;
        }
        boolean limited = problem.virginSources().stream().anyMatch(source -> source.capacityTonnes() != null);
        return limited ? OutletReason.QUARRY_CAPACITY : OutletReason.PLANNED;
    }

    private Reason reason(Supply supply) {
        return reason(problem.demands().stream().map(demand -> new Counterpart(furthestRule(supply, demand),
                hasRoom(demand.id(), demand.tonnes()))));
    }

    private Reason reason(Demand demand) {
        return reason(problem.supplies().stream().map(supply -> new Counterpart(furthestRule(supply, demand),
                hasRoom(supply.id(), supply.tonnes()))));
    }

    /**
     * The rule the counterparts got furthest through; NOT_WORTH_IT as soon as an eligible one has room. In version 2
     * a window mismatch that no hub bridges is NO_STORAGE_BETWEEN_WINDOWS.
     */
    private Reason reason(Stream<Counterpart> counterparts) {
        Reason furthest = Reason.NO_COMPATIBLE_COUNTERPART;
        for (Counterpart counterpart : (Iterable<Counterpart>) counterparts::iterator) {
            if (counterpart.rule() == Reason.COUNTERPARTS_TAKEN && counterpart.hasRoom()) {
                return Reason.NOT_WORTH_IT;
            }
            if (counterpart.rule().ordinal() > furthest.ordinal()) {
                furthest = counterpart.rule();
            }
        }
        return timed && furthest == Reason.WINDOW_MISMATCH ? Reason.NO_STORAGE_BETWEEN_WINDOWS : furthest;
    }

    /**
     * How far a pair gets through the rules, directly or (version 2) through any storage hub: the reason it fails,
     * or COUNTERPARTS_TAKEN where it is eligible.
     */
    private Reason furthestRule(Supply supply, Demand demand) {
        Reason furthest = directRule(supply, demand);
        for (StorageHub hub : problem.storageHubs()) {
            if (furthest == Reason.COUNTERPARTS_TAKEN) {
                break;
            }
            Reason throughHub = hubRule(supply, hub, demand);
            if (throughHub.ordinal() > furthest.ordinal()) {
                furthest = throughHub;
            }
        }
        return furthest;
    }

    /**
     * The rules for supply → hub → demand: the hub takes the supply (material, class, haul limit) and stores it as
     * is or processed, the demand takes what is stored (material, class, haul limits), and the demand's need does
     * not end before the supply's release begins (the hub holds material forward in time, never back).
     */
    private Reason hubRule(Supply supply, StorageHub hub, Demand demand) {
        String stored = supply.material();
        for (HubProcess process : hub.processes()) {
            if (process.from().equals(supply.material())) {
                stored = process.to();
            }
        }
        if (!Eligibility.accepts(hub.accepts(), supply.material())
                || !Eligibility.classFits(supply.contaminationClass(), hub.maxContaminationClass())
                || !Eligibility.accepts(demand.accepts(), stored)
                || !Eligibility.classFits(supply.contaminationClass(), demand.maxContaminationClass())) {
            return Reason.NO_COMPATIBLE_COUNTERPART;
        }
        double in = distances.km(supply.id(), supply.lat(), supply.lon(), hub.id(), hub.lat(), hub.lon());
        double out = distances.km(hub.id(), hub.lat(), hub.lon(), demand.id(), demand.lat(), demand.lon());
        if (Double.isNaN(in) || Double.isNaN(out)
                || !Eligibility.withinHaulLimits(in, problem.parameters().maxHaulKm(), null)
                || !Eligibility.withinHaulLimits(out, problem.parameters().maxHaulKm(), demand.maxHaulKm())) {
            return Reason.NO_COUNTERPART_IN_REACH;
        }
        if (!Eligibility.windowsOverlap(supply.availableFrom(), null, null, demand.neededTo())) {
            return Reason.WINDOW_MISMATCH;
        }
        return Reason.COUNTERPARTS_TAKEN;
    }

    /** The rules for a direct match. */
    private Reason directRule(Supply supply, Demand demand) {
        if (!Eligibility.accepts(demand.accepts(), supply.material())
                || !Eligibility.classFits(supply.contaminationClass(), demand.maxContaminationClass())) {
            return Reason.NO_COMPATIBLE_COUNTERPART;
        }
        double km = distances.km(supply.id(), supply.lat(), supply.lon(), demand.id(), demand.lat(), demand.lon());
        if (Double.isNaN(km) || !Eligibility.withinHaulLimits(km, problem.parameters().maxHaulKm(),
                demand.maxHaulKm())) {
            return Reason.NO_COUNTERPART_IN_REACH;
        }
        if (!Eligibility.windowsOverlap(supply.availableFrom(), supply.availableTo(), demand.neededFrom(),
                demand.neededTo())) {
            return Reason.WINDOW_MISMATCH;
        }
        return Reason.COUNTERPARTS_TAKEN;
    }

    private boolean hasRoom(String id, double tonnes) {
        return tonnes - matched(id) > Network.EPSILON_TONNES;
    }

    private double matched(String id) {
        return matched.getOrDefault(id, 0.0);
    }

    /** A counterpart as a listing sees it: how far the pair gets through the rules, and whether it has room left. */
    private record Counterpart(Reason rule, boolean hasRoom) {
    }
}
