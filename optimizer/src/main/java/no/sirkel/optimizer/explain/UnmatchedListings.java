package no.sirkel.optimizer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.sirkel.optimizer.rules.Eligibility;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.RoadDistances;
import no.sirkel.optimizer.problem.Demand;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Supply;

/**
 * Says why supplies and demands a plan leaves (partly) unmatched got no more: the first eligibility rule that rules
 * out every counterpart, or, where eligible counterparts exist, that they were full or that matching was not worth it
 * against landfill and quarry (including fixed costs).
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
        /** Every eligible counterpart is already filled (or emptied) by other matches in the plan. */
        COUNTERPARTS_TAKEN,
        /** Eligible counterparts with room exist: landfill and quarry were cheaper, fixed costs included. */
        NOT_WORTH_IT
    }

    /**
     * @param id             the supply's or demand's id
     * @param side           SUPPLY or DEMAND
     * @param tonnes         the listing's tonnes in the problem
     * @param unmatchedTonnes what the plan leaves to disposal or virgin material
     */
    public record Unmatched(String id, String side, double tonnes, double unmatchedTonnes, Reason reason) {
    }

    private final Problem problem;
    private final RoadDistances distances;
    private final Map<String, Double> matched;

    private UnmatchedListings(Problem problem, Map<String, Double> matchedTonnesById) {
        this.problem = problem;
        this.distances = new RoadDistances(problem);
        this.matched = matchedTonnesById;
    }

    /**
     * @param matchedTonnesById tonnes each supply sends and each demand receives in the plan, by id (absent = 0)
     * @return every supply and demand with unmatched tonnes and why, supplies first, in problem order
     */
    public static List<Unmatched> explain(Problem problem, Map<String, Double> matchedTonnesById) {
        return new UnmatchedListings(problem, matchedTonnesById).explain();
    }

    private List<Unmatched> explain() {
        List<Unmatched> unmatched = new ArrayList<>();
        for (Supply supply : problem.supplies()) {
            double rest = supply.tonnes() - matched(supply.id());
            if (rest > Network.EPSILON_TONNES) {
                unmatched.add(new Unmatched(supply.id(), "SUPPLY", supply.tonnes(), rest, reason(supply)));
            }
        }
        for (Demand demand : problem.demands()) {
            double rest = demand.tonnes() - matched(demand.id());
            if (rest > Network.EPSILON_TONNES) {
                unmatched.add(new Unmatched(demand.id(), "DEMAND", demand.tonnes(), rest, reason(demand)));
            }
        }
        return unmatched;
    }

    private Reason reason(Supply supply) {
        return reason(problem.demands().stream().map(demand -> new Counterpart(furthestRule(supply, demand),
                hasRoom(demand.id(), demand.tonnes()))));
    }

    private Reason reason(Demand demand) {
        return reason(problem.supplies().stream().map(supply -> new Counterpart(furthestRule(supply, demand),
                hasRoom(supply.id(), supply.tonnes()))));
    }

    /** The rule the counterparts got furthest through; NOT_WORTH_IT as soon as an eligible one has room. */
    private static Reason reason(Stream<Counterpart> counterparts) {
        Reason furthest = Reason.NO_COMPATIBLE_COUNTERPART;
        for (Counterpart counterpart : (Iterable<Counterpart>) counterparts::iterator) {
            if (counterpart.rule() == Reason.COUNTERPARTS_TAKEN && counterpart.hasRoom()) {
                return Reason.NOT_WORTH_IT;
            }
            if (counterpart.rule().ordinal() > furthest.ordinal()) {
                furthest = counterpart.rule();
            }
        }
        return furthest;
    }

    /** How far a pair gets through the rules: the reason it fails, or COUNTERPARTS_TAKEN where it is eligible. */
    private Reason furthestRule(Supply supply, Demand demand) {
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
