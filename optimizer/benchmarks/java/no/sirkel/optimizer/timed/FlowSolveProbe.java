package no.sirkel.optimizer.timed;

import java.util.Locale;

import no.sirkel.optimizer.benchmark.TimedProblemGenerator;
import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.problem.PeriodLength;

/**
 * Times single flow relaxation solves on a benchmark problem: OR-Tools' cost scaling against the network simplex
 * cold and warm (after a change of multipliers, and after shutting the candidate hubs), and checks that they bound
 * alike. Arguments: supplies demands MONTH|WEEK [seed]. Run on the test classpath.
 */
public final class FlowSolveProbe {

    private FlowSolveProbe() {
    }

    public static void main(String[] args) {
        ScaledMinCostFlow.loadNativeLibraries();
        int supplies = Integer.parseInt(args[0]);
        int demands = Integer.parseInt(args[1]);
        PeriodLength length = PeriodLength.valueOf(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        long t = System.nanoTime();
        TimedModel model = TimedModelBuilder.build(new TimedProblemGenerator(seed).generate(supplies, demands, length,
                true));
        report("model, " + model.columnCount() + " columns", t);
        double[] costs = TimedSolver.flowCosts(model);
        int rows = model.hubCount() * model.periods.size();
        double[] zero = new double[rows];

        FlowRelaxation scaling = new FlowRelaxation(model, FlowRelaxation.Engine.COST_SCALING);
        t = System.nanoTime();
        double scaled = scaling.solve(costs, zero).bound();
        report(String.format(Locale.ROOT, "cost scaling, λ = 0: %.0f", scaled), t);

        FlowRelaxation simplex = new FlowRelaxation(model, FlowRelaxation.Engine.NETWORK_SIMPLEX);
        counted = simplex;
        t = System.nanoTime();
        FlowRelaxation.Solution cold = simplex.solve(costs, zero);
        report(String.format(Locale.ROOT, "network simplex cold, λ = 0: %.0f", cold.bound()), t);
        t = System.nanoTime();
        simplex.solve(costs, zero);
        report("network simplex again, same costs", t);

        BoxStep search = new BoxStep(1_000);
        double[] lambda = search.next(zero, cold.bound(), simplex.excess(cold.x()));
        for (int step = 0; step < 6 && lambda != null; step++) {
            t = System.nanoTime();
            FlowRelaxation.Solution warm = simplex.solve(costs, lambda);
            report(String.format(Locale.ROOT, "network simplex warm, boxstep %d: %.0f", step + 1, warm.bound()), t);
            if (step == 0) {
                t = System.nanoTime();
                double check = scaling.solve(costs, lambda).bound();
                report(String.format(Locale.ROOT, "  cost scaling at the same λ: %.0f", check), t);
            }
            lambda = search.next(lambda, warm.bound(), simplex.excess(warm.x()));
        }
        boolean[] shut = new boolean[model.hubCount()];
        for (int h = 0; h < shut.length; h++) {
            shut[h] = model.openColumn[h] >= 0;
        }
        t = System.nanoTime();
        FlowRelaxation.Solution shutSolution = simplex.solve(costs, zero, null, shut);
        double allShut = shutSolution.bound();
        double onShut = 0;
        for (int j = 0; j < model.columnCount(); j++) {
            int hub = model.hubOf(j);
            if (hub >= 0 && shut[hub]) {
                onShut += shutSolution.x()[j];
            }
        }
        report(String.format(Locale.ROOT, "network simplex warm, every candidate shut: %.0f (%.1f t on shut hubs)",
                allShut, onShut), t);
        t = System.nanoTime();
        double allShutScaled = scaling.solve(costs, zero, null, shut).bound();
        report(String.format(Locale.ROOT, "  cost scaling, every candidate shut: %.0f", allShutScaled), t);
        double[] shares = TimedSolver.stockShares(model, cold.x());
        t = System.nanoTime();
        simplex.solve(costs, zero, shares);
        report("network simplex cold with stock shares", t);
        t = System.nanoTime();
        scaling.solve(costs, zero, shares);
        report("  cost scaling with stock shares", t);
    }

    private static FlowRelaxation counted;
    private static long lastPivots;
    private static long lastScanned;

    private static void report(String what, long since) {
        long pivots = counted == null ? 0 : counted.pivots();
        long scanned = counted == null ? 0 : counted.scannedArcs();
        System.out.printf(Locale.ROOT, "%8.2f s  %s  (%d pivots, %d arcs priced)%n",
                (System.nanoTime() - since) / 1e9, what, pivots - lastPivots, scanned - lastScanned);
        lastPivots = pivots;
        lastScanned = scanned;
    }
}
