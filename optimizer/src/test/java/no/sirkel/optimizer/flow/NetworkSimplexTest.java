package no.sirkel.optimizer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

class NetworkSimplexTest {

    /** A random min-cost flow problem: arcs, capacities, supplies and costs. */
    private record Network(int nodes, int[] tail, int[] head, long[] capacity, long[] supply, long[] cost) {

        NetworkSimplex simplex() {
            return new NetworkSimplex(nodes, tail, head, capacity, supply);
        }
    }

    @BeforeAll
    static void loadOrTools() {
        ScaledMinCostFlow.loadNativeLibraries();
    }

    @Test
    void findsTheSameOptimalCostAsOrToolsOnRandomNetworksWithCapacitiesSuppliesAndNegativeCosts() {
        Random random = new Random(1);
        int feasible = 0;
        int infeasible = 0;
        for (int i = 0; i < 400; i++) {
            Network network = randomNetwork(random, 2 + random.nextInt(30), random.nextInt(3) == 0);
            NetworkSimplex simplex = network.simplex();

            NetworkSimplex.Status status = simplex.solve(network.cost());
            Long orTools = orToolsOptimum(network);

            simplex.checkTree();
            if (orTools == null) {
                assertThat(status).as("network %d", i).isEqualTo(NetworkSimplex.Status.INFEASIBLE);
                infeasible++;
            } else {
                assertThat(status).as("network %d", i).isEqualTo(NetworkSimplex.Status.OPTIMAL);
                assertThat(simplex.totalCost()).as("network %d", i).isEqualTo(orTools);
                assertOptimalByItsPotentials(network, simplex);
                feasible++;
            }
        }
        assertThat(feasible).isGreaterThan(50);
        assertThat(infeasible).isPositive();
    }

    @Test
    void solvesNetworksThatAreFeasibleOnlyWithManyArcsFilledToCapacity() {
        Random random = new Random(2);
        for (int i = 0; i < 300; i++) {
            Network network = tightNetwork(random, 3 + random.nextInt(40));
            NetworkSimplex simplex = network.simplex();

            NetworkSimplex.Status status = simplex.solve(network.cost());

            simplex.checkTree();
            assertThat(status).as("network %d", i).isEqualTo(NetworkSimplex.Status.OPTIMAL);
            assertThat(simplex.totalCost()).as("network %d", i).isEqualTo(orToolsOptimum(network));
            assertOptimalByItsPotentials(network, simplex);
        }
    }

    @Test
    void aWarmSolveAfterTheCostsChangeEqualsAColdSolveOfTheNewCosts() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            Network network = random.nextBoolean() ? tightNetwork(random, 3 + random.nextInt(40))
                    : randomNetwork(random, 3 + random.nextInt(40), false);
            NetworkSimplex warm = network.simplex();
            if (warm.solve(network.cost()) != NetworkSimplex.Status.OPTIMAL) {
                continue;
            }
            for (int change = 0; change < 5; change++) {
                long[] costs = changedCosts(random, network.cost(), change);
                for (int a = 0; a < costs.length; a++) {
                    if (network.capacity()[a] >= NetworkSimplex.UNLIMITED) {
                        costs[a] = Math.max(0, costs[a]); // no unlimited cycle of negative cost
                    }
                }
                Network changed = new Network(network.nodes(), network.tail(), network.head(), network.capacity(),
                        network.supply(), costs);

                assertThat(warm.solve(costs)).isEqualTo(NetworkSimplex.Status.OPTIMAL);
                NetworkSimplex cold = changed.simplex();
                assertThat(cold.solve(costs)).isEqualTo(NetworkSimplex.Status.OPTIMAL);

                warm.checkTree();
                assertThat(warm.totalCost()).as("network %d change %d", i, change).isEqualTo(cold.totalCost())
                        .isEqualTo(orToolsOptimum(changed));
                assertOptimalByItsPotentials(changed, warm);
            }
        }
    }

    @Test
    void aRestoredBasisStartsTheNextSolveFromWhereItWasTaken() {
        Random random = new Random(4);
        for (int i = 0; i < 100; i++) {
            Network network = tightNetwork(random, 5 + random.nextInt(40));
            NetworkSimplex simplex = network.simplex();
            assertThat(simplex.solve(network.cost())).isEqualTo(NetworkSimplex.Status.OPTIMAL);
            long first = simplex.totalCost();
            NetworkSimplex.Basis basis = simplex.basis();
            long[] other = changedCosts(random, network.cost(), 4);
            assertThat(simplex.solve(other)).isEqualTo(NetworkSimplex.Status.OPTIMAL);
            long pivotsBefore = simplex.pivots();

            simplex.restore(basis);
            assertThat(simplex.solve(network.cost())).isEqualTo(NetworkSimplex.Status.OPTIMAL);

            simplex.checkTree();
            assertThat(simplex.totalCost()).isEqualTo(first);
            assertThat(simplex.pivots()).as("pivots from the restored optimal tree").isEqualTo(pivotsBefore);
            assertThat(network.simplex().basis()).as("a basis before any solve").isNull();
        }
    }

    @Test
    void stopsAtItsDeadlineAndTheNextSolveGoesOnToTheOptimum() {
        Random random = new Random(5);
        Network network = tightNetwork(random, 3000);
        NetworkSimplex simplex = network.simplex();

        NetworkSimplex.Status stopped = simplex.solve(network.cost(), System.nanoTime() - 1);
        NetworkSimplex.Status finished = simplex.solve(network.cost());

        assertThat(stopped).isEqualTo(NetworkSimplex.Status.TIME_UP);
        assertThat(finished).isEqualTo(NetworkSimplex.Status.OPTIMAL);
        simplex.checkTree();
        assertThat(simplex.totalCost()).isEqualTo(orToolsOptimum(network));
    }

    @Test
    void reportsANetworkWhoseSupplyCannotReachItsDemandAsInfeasible() {
        // 10 units from node 0 to node 2 through node 1, but the arc 1 → 2 takes only 6
        NetworkSimplex simplex = new NetworkSimplex(3, new int[] {0, 1}, new int[] {1, 2}, new long[] {10, 6},
                new long[] {10, 0, -10});

        assertThat(simplex.solve(new long[] {1, 1})).isEqualTo(NetworkSimplex.Status.INFEASIBLE);
        simplex.checkTree();
    }

    @Test
    void reportsACycleOfNegativeCostAndUnlimitedCapacityAsUnbounded() {
        long unlimited = NetworkSimplex.UNLIMITED;
        NetworkSimplex simplex = new NetworkSimplex(2, new int[] {0, 1}, new int[] {1, 0},
                new long[] {unlimited, unlimited}, new long[] {0, 0});

        assertThat(simplex.solve(new long[] {-2, 1})).isEqualTo(NetworkSimplex.Status.UNBOUNDED);
    }

    @Test
    void refusesSuppliesThatDoNotSumToZero() {
        assertThatThrownBy(() -> new NetworkSimplex(2, new int[] {0}, new int[] {1}, new long[] {5},
                new long[] {3, -2})).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The certificate of optimality without any other solver: every arc below its capacity has reduced cost ≥ 0 and
     * every arc above 0 has reduced cost ≤ 0 under the potentials, and the flows balance every node's supply.
     */
    private static void assertOptimalByItsPotentials(Network network, NetworkSimplex simplex) {
        long[] balance = new long[network.nodes()];
        long cost = 0;
        for (int a = 0; a < network.tail().length; a++) {
            long x = simplex.flow(a);
            assertThat(x).isBetween(0L, network.capacity()[a]);
            long reduced = network.cost()[a] + simplex.potential(network.tail()[a])
                    - simplex.potential(network.head()[a]);
            if (x < network.capacity()[a]) {
                assertThat(reduced).as("reduced cost of arc %d below capacity", a).isGreaterThanOrEqualTo(0);
            }
            if (x > 0) {
                assertThat(reduced).as("reduced cost of arc %d carrying flow", a).isLessThanOrEqualTo(0);
            }
            balance[network.tail()[a]] += x;
            balance[network.head()[a]] -= x;
            cost += x * network.cost()[a];
        }
        assertThat(balance).isEqualTo(network.supply());
        assertThat(cost).isEqualTo(simplex.totalCost());
    }

    /** OR-Tools' optimum, or null where it finds the network infeasible. */
    private static Long orToolsOptimum(Network network) {
        MinCostFlow solver = new MinCostFlow(network.nodes(), network.tail().length);
        try {
            for (int a = 0; a < network.tail().length; a++) {
                solver.addArcWithCapacityAndUnitCost(network.tail()[a], network.head()[a],
                        Math.min(network.capacity()[a], 1_000_000_000L), network.cost()[a]);
            }
            for (int u = 0; u < network.nodes(); u++) {
                solver.setNodeSupply(u, network.supply()[u]);
            }
            MinCostFlowBase.Status status = solver.solve();
            if (status == MinCostFlowBase.Status.INFEASIBLE) {
                return null;
            }
            assertThat(status).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
            return solver.getOptimalCost();
        } finally {
            solver.delete();
        }
    }

    /**
     * Random arcs (some of capacity 0, some unlimited where the cost is not negative, so that no cycle of negative
     * cost is unlimited), costs from −40 to 100, and random supplies that sum to 0, feasible or not.
     */
    private static Network randomNetwork(Random random, int nodes, boolean sparse) {
        int arcs = sparse ? nodes + random.nextInt(nodes) : nodes * (1 + random.nextInt(6));
        int[] tail = new int[arcs];
        int[] head = new int[arcs];
        long[] capacity = new long[arcs];
        long[] cost = new long[arcs];
        for (int a = 0; a < arcs; a++) {
            tail[a] = random.nextInt(nodes);
            head[a] = random.nextInt(nodes - 1);
            if (head[a] >= tail[a]) {
                head[a]++;
            }
            cost[a] = random.nextInt(141) - 40;
            int kind = random.nextInt(10);
            capacity[a] = kind == 0 ? 0 : kind == 1 && cost[a] >= 0 ? NetworkSimplex.UNLIMITED : random.nextInt(25);
        }
        long[] supply = new long[nodes];
        for (int k = 0; k < nodes; k++) {
            int from = random.nextInt(nodes);
            int to = random.nextInt(nodes);
            long amount = random.nextInt(20);
            supply[from] += amount;
            supply[to] -= amount;
        }
        return new Network(nodes, tail, head, capacity, supply, cost);
    }

    /**
     * Feasible by construction: a random flow on random arcs, most arcs' capacity exactly their flow (and some 0),
     * the supplies what that flow leaves at each node; so the supplies can be met, but only just.
     */
    private static Network tightNetwork(Random random, int nodes) {
        int arcs = nodes * (2 + random.nextInt(5));
        int[] tail = new int[arcs];
        int[] head = new int[arcs];
        long[] capacity = new long[arcs];
        long[] cost = new long[arcs];
        long[] supply = new long[nodes];
        for (int a = 0; a < arcs; a++) {
            tail[a] = random.nextInt(nodes);
            head[a] = random.nextInt(nodes - 1);
            if (head[a] >= tail[a]) {
                head[a]++;
            }
            long x = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(50);
            capacity[a] = random.nextInt(3) == 0 ? x + random.nextInt(10) : x;
            cost[a] = random.nextInt(201) - 60;
            supply[tail[a]] += x;
            supply[head[a]] -= x;
        }
        return new Network(nodes, tail, head, capacity, supply, cost);
    }

    /** The costs with some changed: a few arcs by a lot, or many by a little, by round. */
    private static long[] changedCosts(Random random, long[] costs, int round) {
        long[] changed = costs.clone();
        for (int a = 0; a < changed.length; a++) {
            if (round % 2 == 0 ? random.nextInt(10) == 0 : random.nextBoolean()) {
                changed[a] += round % 2 == 0 ? random.nextInt(401) - 200 : random.nextInt(11) - 5;
            }
        }
        return changed;
    }
}
