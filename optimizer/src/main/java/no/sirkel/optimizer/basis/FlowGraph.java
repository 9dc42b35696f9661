package no.sirkel.optimizer.basis;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Network;

/**
 * A {@link Network} as an uncapacitated, balanced flow network whose basic solutions are spanning trees. Nodes: one per
 * supply (0..m−1, balance +t_s), one per demand (m..m+n−1, balance −t_d) and a root standing for every fallback
 * (balance Σ t_d − Σ t_s). Edges: each arc s→d (ids 0..A−1), a disposal edge s→root per supply (what s does not send)
 * and a virgin edge root→d per demand (what d does not receive). So any plan is a flow here, and the fallbacks are
 * edges like any other.
 *
 * <p>Costs are relative to the network's baseline: an arc costs {@code −saving} per tonne plus its fixed cost once it
 * carries more than {@link Network#EPSILON_TONNES}; the fallback edges cost 0.
 */
final class FlowGraph {

    private final Network network;
    private final int arcCount;
    private final int supplies;
    private final int demands;
    private final int[] arcTail;
    private final int[] arcHead;
    private final double[] arcCostPerTonne;
    private final double[] arcFixedCost;
    private final double rootBalance;

    FlowGraph(Network network) {
        this.network = network;
        this.arcCount = network.arcCount();
        this.supplies = network.supplyCount();
        this.demands = network.demandCount();
        this.arcTail = new int[arcCount];
        this.arcHead = new int[arcCount];
        this.arcCostPerTonne = new double[arcCount];
        this.arcFixedCost = new double[arcCount];
        for (Arc arc : network.arcs()) {
            arcTail[arc.index()] = arc.supply();
            arcHead[arc.index()] = supplies + arc.demand();
            arcCostPerTonne[arc.index()] = -arc.savingPerTonne();
            arcFixedCost[arc.index()] = arc.fixedCost();
        }
        double balance = 0;
        for (int s = 0; s < supplies; s++) {
            balance -= network.supplyTonnes(s);
        }
        for (int d = 0; d < demands; d++) {
            balance += network.demandTonnes(d);
        }
        this.rootBalance = balance;
    }

    Network network() {
        return network;
    }

    int nodeCount() {
        return supplies + demands + 1;
    }

    int root() {
        return supplies + demands;
    }

    int edgeCount() {
        return arcCount + supplies + demands;
    }

    int arcCount() {
        return arcCount;
    }

    boolean isArc(int edge) {
        return edge < arcCount;
    }

    int disposalEdge(int supply) {
        return arcCount + supply;
    }

    int virginEdge(int demand) {
        return arcCount + supplies + demand;
    }

    int demandNode(int demand) {
        return supplies + demand;
    }

    int tail(int edge) {
        if (edge < arcCount) {
            return arcTail[edge];
        }
        return edge < arcCount + supplies ? edge - arcCount : root();
    }

    int head(int edge) {
        if (edge < arcCount) {
            return arcHead[edge];
        }
        return edge < arcCount + supplies ? root() : edge - arcCount;
    }

    double costPerTonne(int edge) {
        return edge < arcCount ? arcCostPerTonne[edge] : 0;
    }

    double fixedCost(int edge) {
        return edge < arcCount ? arcFixedCost[edge] : 0;
    }

    /** Net outflow the node must have: +t_s for a supply, −t_d for a demand, the difference for the root. */
    double balance(int node) {
        if (node < supplies) {
            return network.supplyTonnes(node);
        }
        return node < supplies + demands ? -network.demandTonnes(node - supplies) : rootBalance;
    }
}
