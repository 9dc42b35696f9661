package no.sirkel.optimizer.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import no.sirkel.optimizer.timed.ExactMip;

/**
 * The format v2 benchmark: problems from {@link TimedProblemGenerator}, each solved by the optimizer within its time
 * limit and, in the same run, by the contract's exact MIP alone (SCIP, same time, no starting plan), by the optimizer
 * on the same problem without hubs (the value of storage), with the v2 greedy plan's cost beside. Every plan is checked
 * by the independent {@link PlanChecker}. Prints a Markdown table; exit status 1 where a run fails.
 *
 * <p>Arguments: {@code --quick} (time limits ÷ 10), {@code --only a,b} (problem names or prefixes such as
 * {@code timed-500x500}), {@code --seed n} (default 1), {@code --out file}. Run through the benchmark profile:
 * {@code mvn -o -Pbenchmark verify -DskipTests -Dbenchmark.args="--v2"} (BenchmarkRunner hands {@code --v2} runs
 * here).
 */
public final class TimedBenchmarkRunner {

    private static final List<String> COLUMNS = List.of("problem", "limit", "baseline", "greedy", "Sirkel",
            "lower bound", "gap %", "took s", "peak heap MB", "peak RSS MB", "MIP alone (same time)", "MIP bound",
            "Sirkel vs MIP %", "no hubs", "storage saves %", "t·km with / without hubs", "trips with / without",
            "reuse with / without", "check");

    private record Case(String name, int supplies, int demands, PeriodLength length, int seconds) {
    }

    private TimedBenchmarkRunner() {
    }

    public static void main(String[] args) {
        boolean quick = false;
        long seed = 1;
        Path out = null;
        Set<String> only = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--v2", "" -> { }
                case "--quick" -> quick = true;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only.addAll(List.of(args[++i].split(",")));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --quick, --only a,b, --seed n, --out file)");
            }
        }
        ScaledMinCostFlow.loadNativeLibraries();
        List<Case> cases = List.of(
                new Case("timed-60x60-month", 60, 60, PeriodLength.MONTH, 10),
                new Case("timed-100x100-month", 100, 100, PeriodLength.MONTH, 30),
                new Case("timed-500x500-month", 500, 500, PeriodLength.MONTH, 60),
                new Case("timed-500x500-week", 500, 500, PeriodLength.WEEK, 60),
                new Case("timed-2000x2000-month", 2000, 2000, PeriodLength.MONTH, 120));
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "# Sirkel optimizer benchmark, format v2%n%n%s, %s, %d processors, max heap %d MB, seed %d%n%n",
                Instant.now(), quick ? "quick (limits ÷ 10)" : "full limits",
                Runtime.getRuntime().availableProcessors(), HeapPeak.maxHeapMegabytes(), seed));
        MarkdownTable table = new MarkdownTable(COLUMNS);
        boolean failed = false;
        for (Case benchmark : cases) {
            if (!only.isEmpty() && only.stream().noneMatch(token -> benchmark.name().startsWith(token))) {
                continue;
            }
            System.err.println("running " + benchmark.name() + " ...");
            try {
                List<String> cells = run(benchmark, seed, quick);
                table.add(cells);
                failed |= !cells.get(cells.size() - 1).equals("valid");
            } catch (RuntimeException e) {
                e.printStackTrace();
                failed = true;
            }
        }
        report.append(table.render()).append('\n');
        System.out.println(report);
        if (out != null) {
            try {
                Files.writeString(out, report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.exit(failed ? 1 : 0);
    }

    private static List<String> run(Case benchmark, long seed, boolean quick) {
        Duration limit = quick ? Duration.ofMillis(benchmark.seconds() * 100L) : Duration.ofSeconds(benchmark.seconds());
        TimedProblemGenerator generator = new TimedProblemGenerator(seed);
        Problem problem = generator.generate(benchmark.supplies(), benchmark.demands(), benchmark.length(), true);
        HeapPeak heap = new HeapPeak();
        heap.reset();
        NativePeak.reset();
        Plan plan = new Optimizer(new SolveOptions(limit, 1)).solve(problem, progress -> System.err.printf(
                Locale.ROOT, "  %6.1f s %-14s %,.0f (gap %.3f %%)%n", progress.elapsedSeconds(), progress.phase(),
                progress.bestCost(), progress.gapPercent()));
        long heapMegabytes = heap.peakMegabytes();
        long nativeMegabytes = NativePeak.megabytes();
        System.err.println("  exact MIP alone ...");
        ExactMip.Outcome mip = ExactMip.solve(problem, limit);
        Problem noHubsProblem = generator.generate(benchmark.supplies(), benchmark.demands(), benchmark.length(), false);
        Plan noHubs = new Optimizer(new SolveOptions(limit, 1)).solve(noHubsProblem, null);
        List<String> violations = new ArrayList<>();
        violations.addAll(check("Sirkel", problem, plan));
        violations.addAll(check("MIP", problem, mip == null ? null : mip.plan()));
        violations.addAll(check("no hubs", noHubsProblem, noHubs));
        violations.forEach(violation -> System.err.println("  " + violation));
        double cost = plan.totals().cost();
        String mipCost = mip == null ? "too large to load" : mip.plan() == null ? "none in time"
                : money(mip.plan().totals().cost()) + (mip.optimal() ? "*" : "");
        String versusMip = mip == null || mip.plan() == null ? "—"
                : String.format(Locale.ROOT, "%+.3f", 100 * (cost - mip.plan().totals().cost())
                        / mip.plan().totals().cost());
        return List.of(benchmark.name(), number(limit), money(plan.baseline().cost()), money(plan.greedy().cost()),
                money(cost), money(plan.lowerBound()), String.format(Locale.ROOT, "%.3f", plan.gapPercent()),
                String.format(Locale.ROOT, "%.1f", plan.solveSeconds()), Long.toString(heapMegabytes),
                nativeMegabytes < 0 ? "—" : Long.toString(nativeMegabytes), mipCost,
                mip != null && Double.isFinite(mip.bound()) ? money(mip.bound()) : "—", versusMip, money(noHubs.totals().cost()),
                String.format(Locale.ROOT, "%.1f", 100 * (noHubs.totals().cost() - cost) / noHubs.totals().cost()),
                money(plan.totals().tonneKm()) + " / " + money(noHubs.totals().tonneKm()),
                String.format(Locale.ROOT, "%,d / %,d", plan.totals().truckTrips(), noHubs.totals().truckTrips()),
                String.format(Locale.ROOT, "%.1f %% / %.1f %%", 100 * plan.totals().reuseRate(),
                        100 * noHubs.totals().reuseRate()),
                violations.isEmpty() ? "valid" : violations.size() + " violations");
    }

    /** The independent checker's findings on a plan (none for a missing plan), each prefixed with whose plan it is. */
    private static List<String> check(String whose, Problem problem, Plan plan) {
        if (plan == null) {
            return List.of();
        }
        List<Violation> violations = PlanChecker.check(
                new ByteArrayInputStream(ProblemWriter.toJson(problem).getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(PlanWriter.toJson(plan).getBytes(StandardCharsets.UTF_8)));
        return violations.stream().limit(5).map(violation -> whose + ": " + violation).toList();
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String number(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s"
                : String.format(Locale.ROOT, "%.1f s", limit.toMillis() / 1000.0);
    }

    /**
     * The process's peak resident memory (Linux {@code VmHWM}), which unlike the Java heap includes the native memory of
     * OR-Tools' solvers; reset by writing 5 to {@code /proc/self/clear_refs}. -1 where the system offers neither.
     */
    static final class NativePeak {

        private NativePeak() {
        }

        static void reset() {
            try {
                Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            } catch (IOException | RuntimeException e) {
                // not Linux, or not allowed: the peak then covers the whole run
            }
        }

        static long megabytes() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
            return -1;
        }
    }
}
