package no.sirkel.optimizer.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import no.sirkel.optimizer.Optimizer;
import no.sirkel.optimizer.SolveOptions;
import no.sirkel.optimizer.check.PlanChecker;
import no.sirkel.optimizer.check.Violation;
import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanWriter;
import no.sirkel.optimizer.problem.PeriodLength;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemWriter;

/**
 * One version 2 benchmark problem solved once, with the solver's step trace ({@code sirkel.timed.trace}) on, its
 * plan checked: a quicker look than {@link TimedBenchmarkRunner}, which also runs the MIP and the problem without
 * hubs. Arguments: supplies demands MONTH|WEEK seconds [seed]. Run on the test classpath.
 */
public final class TimedProbe {

    private TimedProbe() {
    }

    public static void main(String[] args) {
        ScaledMinCostFlow.loadNativeLibraries();
        if (System.getProperty("sirkel.timed.trace") == null) {
            System.setProperty("sirkel.timed.trace", "true");
        }
        int supplies = Integer.parseInt(args[0]);
        int demands = Integer.parseInt(args[1]);
        PeriodLength length = PeriodLength.valueOf(args[2]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[3]));
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        Problem problem = new TimedProblemGenerator(seed).generate(supplies, demands, length, true);
        HeapPeak heap = new HeapPeak();
        heap.reset();
        Plan plan = new Optimizer(new SolveOptions(limit, 1)).solve(problem, progress -> System.err.printf(
                Locale.ROOT, "  %6.1f s %-16s %,.0f (gap %.3f %%)%n", progress.elapsedSeconds(), progress.phase(),
                progress.bestCost(), progress.gapPercent()));
        long heapMegabytes = heap.peakMegabytes();
        List<Violation> violations = PlanChecker.check(
                new ByteArrayInputStream(ProblemWriter.toJson(problem).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(PlanWriter.toJson(plan).getBytes(StandardCharsets.UTF_8)));
        System.out.printf(Locale.ROOT, "%dx%d %s %d s: plan %,.0f, bound %,.0f, gap %.3f %%, %.1f s, peak heap %d MB, %s%n",
                supplies, demands, length, limit.toSeconds(), plan.totals().cost(), plan.lowerBound(),
                plan.gapPercent(), plan.solveSeconds(), heapMegabytes,
                violations.isEmpty() ? "valid" : violations.size() + " violations: " + violations.get(0));
    }
}
