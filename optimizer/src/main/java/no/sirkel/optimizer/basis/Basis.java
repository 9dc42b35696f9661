package no.sirkel.optimizer.basis;

import java.util.Arrays;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * A basic solution of a {@link FlowGraph}: a spanning tree hung from the root, whose flows the node balances fix.
 * Every basic solution is a feasible plan, and the optimum of a fixed-charge problem is one of them.
 *
 * <p>{@link #evaluate} prices a pivot: the entering edge closes a cycle with the tree; θ is the least flow on the
 * cycle's edges that point against the push (the ratio test; there is always one, as the graph has no directed
 * cycle), and the cost change counts every fixed cost that opens or closes. {@link #apply} swaps the edges and
 * recomputes the tree and all its flows from the balances, so rounding never accumulates over many pivots.
 */
final class Basis {

    private final FlowGraph graph;
    private final int nodeCount;
    private final int[] parent;
    private final int[] parentEdge;
    private final int[] depth;
    private final int[] order;
    /** Flow on each node's parent edge. */
    private final double[] flow;
    private final boolean[] basic;
    private double cost;
    private double fixedCost;

    private final int[] cycleNodes;
    private final boolean[] cycleForward;
    private final int[] adjacencyStart;
    private final int[] adjacencyNext;
    private final int[] adjacencyEdge;
    private final double[] subtreeBalance;

    /** @param treeEdges nodeCount − 1 edges that span the graph */
    Basis(FlowGraph graph, int[] treeEdges) {
        this.graph = graph;
        this.nodeCount = graph.nodeCount();
        this.parent = new int[nodeCount];
        this.parentEdge = new int[nodeCount];
        this.depth = new int[nodeCount];
        this.order = new int[nodeCount];
        this.flow = new double[nodeCount];
        this.basic = new boolean[graph.edgeCount()];
        this.cycleNodes = new int[nodeCount];
        this.cycleForward = new boolean[nodeCount];
        this.adjacencyStart = new int[nodeCount];
        this.adjacencyNext = new int[2 * nodeCount];
        this.adjacencyEdge = new int[2 * nodeCount];
        this.subtreeBalance = new double[nodeCount];
        Arrays.fill(parentEdge, -1);
        reset(treeEdges);
    }

    /** Cost relative to the network's baseline: Σ cost per tonne × flow + the fixed cost of every used edge. */
    double cost() {
        return cost;
    }

    /** The fixed costs of the used edges: the part of {@link #cost()} that opening and closing pairs moves. */
    double fixedCost() {
        return fixedCost;
    }

    boolean isBasic(int edge) {
        return basic[edge];
    }

    /** The tree's edges, to come back to with {@link #reset}. */
    int[] treeEdges() {
        int[] edges = new int[nodeCount - 1];
        int i = 0;
        for (int node = 0; node < nodeCount; node++) {
            if (node != graph.root()) {
                edges[i++] = parentEdge[node];
            }
        }
        return edges;
    }

    /** The plan: tonnes on each arc of the network (flows of {@link Network#EPSILON_TONNES} or less as none). */
    Flows flows() {
        Flows flows = new Flows(graph.arcCount());
        for (int node = 0; node < nodeCount; node++) {
            int edge = parentEdge[node];
            if (node != graph.root() && graph.isArc(edge) && flow[node] > Network.EPSILON_TONNES) {
                flows.set(edge, flow[node]);
            }
        }
        return flows;
    }

    /** Prices bringing a non-basic edge into the basis. */
    Pivot evaluate(int entering) {
        int length = cycle(entering);
        double theta = Double.POSITIVE_INFINITY;
        int leaving = -1;
        for (int i = 0; i < length; i++) {
            if (!cycleForward[i] && flow[cycleNodes[i]] < theta) {
                theta = flow[cycleNodes[i]];
                leaving = cycleNodes[i];
            }
        }
        double change = theta * graph.costPerTonne(entering) + (isUsed(theta) ? graph.fixedCost(entering) : 0);
        for (int i = 0; i < length; i++) {
            int node = cycleNodes[i];
            int edge = parentEdge[node];
            double before = flow[node];
            double after = cycleForward[i] ? before + theta : before - theta;
            change += (after - before) * graph.costPerTonne(edge);
            if (isUsed(after) != isUsed(before)) {
                change += isUsed(after) ? graph.fixedCost(edge) : -graph.fixedCost(edge);
            }
        }
        return new Pivot(entering, leaving, theta, change);
    }

    void apply(Pivot pivot) {
        int[] edges = treeEdges();
        int leavingEdge = parentEdge[pivot.leavingNode()];
        for (int i = 0; i < edges.length; i++) {
            if (edges[i] == leavingEdge) {
                edges[i] = pivot.entering();
            }
        }
        reset(edges);
    }

    /** Makes {@code treeEdges} the basis and recomputes the tree, its flows and its cost. */
    void reset(int[] treeEdges) {
        if (treeEdges.length != nodeCount - 1) {
            throw new IllegalArgumentException("a spanning tree has " + (nodeCount - 1) + " edges, not "
                    + treeEdges.length);
        }
        for (int node = 0; node < nodeCount; node++) {
            if (parentEdge[node] >= 0) {
                basic[parentEdge[node]] = false;
            }
        }
        hang(treeEdges);
        computeFlows();
    }

    /** Breadth-first from the root: parent, parent edge, depth and the order in which nodes were reached. */
    private void hang(int[] treeEdges) {
        Arrays.fill(adjacencyStart, -1);
        int slot = 0;
        for (int edge : treeEdges) {
            slot = link(graph.tail(edge), edge, slot);
            slot = link(graph.head(edge), edge, slot);
        }
        Arrays.fill(parentEdge, -1);
        int root = graph.root();
        parent[root] = -1;
        depth[root] = 0;
        order[0] = root;
        int reached = 1;
        for (int i = 0; i < reached; i++) {
            int node = order[i];
            for (int link = adjacencyStart[node]; link >= 0; link = adjacencyNext[link]) {
                int edge = adjacencyEdge[link];
                int other = graph.tail(edge) == node ? graph.head(edge) : graph.tail(edge);
                if (other != root && parentEdge[other] < 0) {
                    parent[other] = node;
                    parentEdge[other] = edge;
                    depth[other] = depth[node] + 1;
                    basic[edge] = true;
                    order[reached++] = other;
                }
            }
        }
        if (reached != nodeCount) {
            throw new IllegalArgumentException("the edges do not span the graph: " + reached + " of " + nodeCount
                    + " nodes reached");
        }
    }

    private int link(int node, int edge, int slot) {
        adjacencyEdge[slot] = edge;
        adjacencyNext[slot] = adjacencyStart[node];
        adjacencyStart[node] = slot;
        return slot + 1;
    }

    /** Leaves first: the flow on a node's parent edge is what its whole subtree must push out (or take in). */
    private void computeFlows() {
        for (int node = 0; node < nodeCount; node++) {
            subtreeBalance[node] = graph.balance(node);
        }
        cost = 0;
        fixedCost = 0;
        for (int i = nodeCount - 1; i > 0; i--) {
            int node = order[i];
            int edge = parentEdge[node];
            subtreeBalance[parent[node]] += subtreeBalance[node];
            double tonnes = graph.tail(edge) == node ? subtreeBalance[node] : -subtreeBalance[node];
            if (tonnes < 0) {
                if (tonnes < -Network.EPSILON_TONNES) {
                    throw new IllegalStateException("infeasible basis: " + tonnes + " t on edge " + edge);
                }
                tonnes = 0;
            }
            flow[node] = tonnes;
            double fixed = isUsed(tonnes) ? graph.fixedCost(edge) : 0;
            fixedCost += fixed;
            cost += tonnes * graph.costPerTonne(edge) + fixed;
        }
    }

    /**
     * The cycle the entering edge u→v closes, as the tree path from v up to the common ancestor and down to u; each
     * step's node (whose parent edge it is) and whether a push along u→v raises that edge's flow. Returns its length.
     */
    private int cycle(int entering) {
        int a = graph.head(entering);
        int b = graph.tail(entering);
        int length = 0;
        while (a != b) {
            if (depth[a] >= depth[b]) {
                cycleNodes[length] = a;
                cycleForward[length++] = graph.tail(parentEdge[a]) == a;
                a = parent[a];
            } else {
                cycleNodes[length] = b;
                cycleForward[length++] = graph.tail(parentEdge[b]) != b;
                b = parent[b];
            }
        }
        return length;
    }

    private static boolean isUsed(double tonnes) {
        return tonnes > Network.EPSILON_TONNES;
    }
}
