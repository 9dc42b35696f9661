package no.sirkel.optimizer.basis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * Turns any feasible plan into a basic solution that costs no more. The edges carrying flow (arcs, and the fallback
 * edges of what is not sent or received) are added one by one to a forest; an edge that would close a cycle pushes
 * flow round that cycle in the direction whose per-tonne cost is not positive, until some edge on it empties and drops
 * out (fixed costs can then only fall). The forest is completed into a spanning tree with empty fallback edges.
 */
final class StartingBasis {

    private final FlowGraph graph;
    private final double[] edgeFlow;
    private final int[] component;
    private final List<List<Integer>> forest;

    private StartingBasis(FlowGraph graph) {
        this.graph = graph;
        this.edgeFlow = new double[graph.edgeCount()];
        this.component = new int[graph.nodeCount()];
        this.forest = new ArrayList<>(graph.nodeCount());
        for (int node = 0; node < graph.nodeCount(); node++) {
            component[node] = node;
            forest.add(new ArrayList<>());
        }
    }

    /** The tree edges of a basic solution no dearer than {@code flows} (a feasible plan of the graph's network). */
    static int[] of(FlowGraph graph, Flows flows) {
        return new StartingBasis(graph).build(flows);
    }

    private int[] build(Flows flows) {
        Network network = graph.network();
        for (int arc = 0; arc < graph.arcCount(); arc++) {
            double tonnes = flows.tonnes(arc);
            if (tonnes > Network.EPSILON_TONNES) {
                edgeFlow[arc] = tonnes;
                edgeFlow[graph.disposalEdge(network.arc(arc).supply())] -= tonnes;
                edgeFlow[graph.virginEdge(network.arc(arc).demand())] -= tonnes;
            }
        }
        for (int s = 0; s < network.supplyCount(); s++) {
            edgeFlow[graph.disposalEdge(s)] += network.supplyTonnes(s);
        }
        for (int d = 0; d < network.demandCount(); d++) {
            edgeFlow[graph.virginEdge(d)] += network.demandTonnes(d);
        }
        for (int edge = 0; edge < graph.edgeCount(); edge++) {
            if (edgeFlow[edge] > Network.EPSILON_TONNES) {
                addCarrying(edge);
            }
        }
        for (int s = 0; s < network.supplyCount(); s++) {
            connect(graph.disposalEdge(s));
        }
        for (int d = 0; d < network.demandCount(); d++) {
            connect(graph.virginEdge(d));
        }
        int[] tree = new int[graph.nodeCount() - 1];
        int count = 0;
        for (int node = 0; node < graph.nodeCount(); node++) {
            for (int edge : forest.get(node)) {
                if (graph.tail(edge) == node) {
                    tree[count++] = edge;
                }
            }
        }
        return tree;
    }

    private void connect(int edge) {
        if (find(graph.tail(edge)) != find(graph.head(edge))) {
            addToForest(edge);
        }
    }

    private void addCarrying(int edge) {
        int tail = graph.tail(edge);
        int head = graph.head(edge);
        if (find(tail) != find(head)) {
            addToForest(edge);
            return;
        }
        int[] path = path(head, tail);
        boolean[] forward = new boolean[path.length];
        int from = head;
        double perTonne = graph.costPerTonne(edge);
        for (int i = 0; i < path.length; i++) {
            forward[i] = graph.tail(path[i]) == from;
            perTonne += forward[i] ? graph.costPerTonne(path[i]) : -graph.costPerTonne(path[i]);
            from = forward[i] ? graph.head(path[i]) : graph.tail(path[i]);
        }
        boolean alongEdge = perTonne <= 0;
        double theta = alongEdge ? Double.POSITIVE_INFINITY : edgeFlow[edge];
        int emptied = alongEdge ? -1 : edge;
        for (int i = 0; i < path.length; i++) {
            if (forward[i] != alongEdge && edgeFlow[path[i]] < theta) {
                theta = edgeFlow[path[i]];
                emptied = path[i];
            }
        }
        edgeFlow[edge] += alongEdge ? theta : -theta;
        for (int i = 0; i < path.length; i++) {
            edgeFlow[path[i]] += forward[i] == alongEdge ? theta : -theta;
        }
        edgeFlow[emptied] = 0;
        if (emptied != edge) {
            forest.get(graph.tail(emptied)).remove(Integer.valueOf(emptied));
            forest.get(graph.head(emptied)).remove(Integer.valueOf(emptied));
            forest.get(tail).add(edge);
            forest.get(head).add(edge);
        }
    }

    private void addToForest(int edge) {
        int tail = graph.tail(edge);
        int head = graph.head(edge);
        forest.get(tail).add(edge);
        forest.get(head).add(edge);
        component[find(tail)] = find(head);
    }

    /** The forest's edges on the way from one node to another in the same tree, in order. */
    private int[] path(int from, int to) {
        int[] reachedBy = new int[graph.nodeCount()];
        Arrays.fill(reachedBy, -2);
        reachedBy[from] = -1;
        Deque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (reachedBy[to] == -2) {
            int node = queue.removeFirst();
            for (int edge : forest.get(node)) {
                int other = graph.tail(edge) == node ? graph.head(edge) : graph.tail(edge);
                if (reachedBy[other] == -2) {
                    reachedBy[other] = edge;
                    queue.addLast(other);
                }
            }
        }
        List<Integer> backwards = new ArrayList<>();
        for (int node = to; node != from; ) {
            int edge = reachedBy[node];
            backwards.add(edge);
            node = graph.tail(edge) == node ? graph.head(edge) : graph.tail(edge);
        }
        int[] path = new int[backwards.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = backwards.get(path.length - 1 - i);
        }
        return path;
    }

    private int find(int node) {
        while (component[node] != node) {
            component[node] = component[component[node]];
            node = component[node];
        }
        return node;
    }
}
