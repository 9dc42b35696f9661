package no.sirkel.optimizer.network;

import java.util.ArrayList;
import java.util.List;

/**
 * A problem reduced to what the solvers need: tonnes per supply and demand, the per-tonne fallback costs (disposal for
 * unsent supply, virgin material for unmet demand) and the eligible arcs, all in the objective's cost unit.
 * Nothing geometric remains; the builder has already resolved distances, eligibility and the cheapest fallbacks.
 *
 * <p>The total cost of a plan with flows x is
 * {@code Σ_s δ(s)·(t_s − out_s) + Σ_d ν(d)·(t_d − in_d) + Σ_a c_a·x_a + Σ_{a: x_a > 0} f_a},
 * which equals {@code baselineCost() − Σ_a saving_a·x_a + Σ_{a: x_a > 0} f_a}.
 */
public final class Network {

    /** Flows below this many tonnes count as zero, so rounding noise never charges a fixed cost. */
    public static final double EPSILON_TONNES = 1e-6;

    private final double[] supplyTonnes;
    private final double[] demandTonnes;
    private final double[] disposalCostPerTonne;
    private final double[] virginCostPerTonne;
    private final List<Arc> arcs;
    private final List<List<Arc>> arcsBySupply;
    private final List<List<Arc>> arcsByDemand;
    private final double baselineCost;

    /**
     * @param supplyTonnes         tonnes of each supply
     * @param demandTonnes         tonnes of each demand
     * @param disposalCostPerTonne δ(s): the cheapest way to dispose of one tonne of supply s, or its penalty
     * @param virginCostPerTonne   ν(d): the cheapest way to buy one tonne for demand d, or its penalty
     * @param arcs                 eligible pairs; {@code arcs.get(i).index()} must be i
     */
    public Network(double[] supplyTonnes, double[] demandTonnes, double[] disposalCostPerTonne,
                   double[] virginCostPerTonne, List<Arc> arcs) {
        if (supplyTonnes.length != disposalCostPerTonne.length || demandTonnes.length != virginCostPerTonne.length) {
            throw new IllegalArgumentException("one fallback cost per supply and per demand");
        }
        this.supplyTonnes = supplyTonnes.clone();
        this.demandTonnes = demandTonnes.clone();
        this.disposalCostPerTonne = disposalCostPerTonne.clone();
        this.virginCostPerTonne = virginCostPerTonne.clone();
        this.arcs = List.copyOf(arcs);
        this.arcsBySupply = emptyLists(supplyTonnes.length);
        this.arcsByDemand = emptyLists(demandTonnes.length);
        for (int i = 0; i < this.arcs.size(); i++) {
            Arc arc = this.arcs.get(i);
            if (arc.index() != i) {
                throw new IllegalArgumentException("arc " + i + " has index " + arc.index());
            }
            arcsBySupply.get(arc.supply()).add(arc);
            arcsByDemand.get(arc.demand()).add(arc);
        }
        double baseline = 0;
        for (int s = 0; s < supplyTonnes.length; s++) {
            baseline += disposalCostPerTonne[s] * supplyTonnes[s];
        }
        for (int d = 0; d < demandTonnes.length; d++) {
            baseline += virginCostPerTonne[d] * demandTonnes[d];
        }
        this.baselineCost = baseline;
    }

    private static List<List<Arc>> emptyLists(int count) {
        List<List<Arc>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    public int supplyCount() {
        return supplyTonnes.length;
    }

    public int demandCount() {
        return demandTonnes.length;
    }

    public double supplyTonnes(int supply) {
        return supplyTonnes[supply];
    }

    public double demandTonnes(int demand) {
        return demandTonnes[demand];
    }

    public double disposalCostPerTonne(int supply) {
        return disposalCostPerTonne[supply];
    }

    public double virginCostPerTonne(int demand) {
        return virginCostPerTonne[demand];
    }

    public List<Arc> arcs() {
        return arcs;
    }

    public Arc arc(int index) {
        return arcs.get(index);
    }

    public int arcCount() {
        return arcs.size();
    }

    public List<Arc> arcsOfSupply(int supply) {
        return arcsBySupply.get(supply);
    }

    public List<Arc> arcsOfDemand(int demand) {
        return arcsByDemand.get(demand);
    }

    /** Cost with no matches at all: every supply to disposal, every demand from virgin sources. */
    public double baselineCost() {
        return baselineCost;
    }

    /** The exact objective cost of the flows (see the class comment). */
    public double cost(Flows flows) {
        double cost = baselineCost;
        for (Arc arc : arcs) {
            double tonnes = flows.tonnes(arc.index());
            if (tonnes > EPSILON_TONNES) {
                cost += arc.fixedCost() - arc.savingPerTonne() * tonnes;
            }
        }
        return cost;
    }

    /** Whether no supply sends more than it has and no demand receives more than it needs (within rounding). */
    public boolean isFeasible(Flows flows) {
        double tolerance = 1e-6;
        for (int s = 0; s < supplyCount(); s++) {
            if (sent(flows, s) > supplyTonnes[s] + tolerance) {
                return false;
            }
        }
        for (int d = 0; d < demandCount(); d++) {
            if (received(flows, d) > demandTonnes[d] + tolerance) {
                return false;
            }
        }
        for (Arc arc : arcs) {
            if (flows.tonnes(arc.index()) < -tolerance) {
                return false;
            }
        }
        return true;
    }

    public double sent(Flows flows, int supply) {
        double sum = 0;
        for (Arc arc : arcsBySupply.get(supply)) {
            sum += flows.tonnes(arc.index());
        }
        return sum;
    }

    public double received(Flows flows, int demand) {
        double sum = 0;
        for (Arc arc : arcsByDemand.get(demand)) {
            sum += flows.tonnes(arc.index());
        }
        return sum;
    }
}
