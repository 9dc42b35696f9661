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
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import no.sirkel.optimizer.Optimizer;
import no.sirkel.optimizer.SolveOptions;
import no.sirkel.optimizer.benchmark.FctpInstanceGenerator.FixedCostLevel;
import no.sirkel.optimizer.check.ContractProblem;
import no.sirkel.optimizer.check.PlanChecker;
import no.sirkel.optimizer.check.Violation;
import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.heuristic.SlopeScaling;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.NetworkBuilder;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanWriter;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the optimizer on generated benchmark problems and prints a Markdown table: size, eligible arcs, baseline,
 * greedy, the optimizer's plan cost at each time limit, the lower bound and gap, plain dynamic slope scaling (the peer
 * to beat) and the peak heap. Every plan is checked with {@link PlanChecker}; the exit status is 1 if any plan breaks
 * the contract or any run fails.
 *
 * <p>Arguments: {@code --quick} (time limits ÷ 10), {@code --only a,b} (problems named a or b, or whose name starts
 * with {@code a-} or {@code b-}, e.g. {@code fctp} or {@code trondheim-50x100}), {@code --threads n} (default 1),
 * {@code --seed n} (default 1), {@code --save dir} (write each problem and plan as JSON), {@code --out file} (write
 * the report there too). OptaPlanner's own logging is turned down to warnings so the report stays readable.
 *
 * <p>FCTP rows also compare the long plan with the instance's best-known value from {@link ReferenceValues} (the
 * {@code --reference-file}, by default {@code optimizer/benchmarks/reference/fctp-reference.csv}): the reference value,
 * the bound the MIP proved, and the plan's gap to the reference. {@code --reference} runs no benchmark but computes
 * those values: each selected FCTP instance's {@link NetworkMip} is solved by SCIP from the slope-scaling peer's plan
 * within the instance's MIP time limit (or {@code --mip-seconds n}), and the rows are written into the reference file,
 * replacing those of the same instance and seed. That takes minutes per instance and is run by hand, not with every
 * benchmark.
 *
 * <p>Run it through the {@code benchmark} Maven profile, which forks a JVM on the test classpath:
 * {@code mvn -o -Pbenchmark verify -DskipTests -Dbenchmark.args="--quick --only fctp"}, with
 * {@code -Dbenchmark.heap=6g} (the default) setting its maximum heap; the full run (no {@code --quick}) takes 20 to 40
 * minutes (the peer may use up to 5 × each longest limit too), the 5000 × 5000 problem needing a few GB of heap.
 */
public final class BenchmarkRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHOWN_VIOLATIONS = 10;
    /** The peer may run this many times the longest time limit (at least {@link #MIN_PEER_BUDGET}). */
    private static final int PEER_BUDGET_PER_LIMIT = 5;
    private static final Duration MIN_PEER_BUDGET = Duration.ofSeconds(30);
    private static final List<String> COLUMNS = List.of("problem", "size", "arcs", "baseline", "greedy", "limits",
            "plan short", "plan medium", "plan long", "long took s", "lower bound", "gap %", "slope scaling (peer)",
            "vs peer %", "best known", "MIP bound", "vs best-known %", "peak heap MB", "check");

    private record Options(boolean quick, Set<String> only, int threads, long seed, Path saveDir, Path out,
                           boolean reference, Path referenceFile, Duration mipLimit) {

        static Options parse(String[] args) {
            boolean quick = false;
            Set<String> only = new LinkedHashSet<>();
            int threads = 1;
            long seed = 1;
            Path saveDir = null;
            Path out = null;
            boolean reference = false;
            Path referenceFile = ReferenceValues.DEFAULT_FILE;
            Duration mipLimit = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--only" -> only.addAll(List.of(value(args, ++i).split(",")));
                    case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--save" -> saveDir = Path.of(value(args, ++i));
                    case "--out" -> out = Path.of(value(args, ++i));
                    case "--reference" -> reference = true;
                    case "--reference-file" -> referenceFile = Path.of(value(args, ++i));
                    case "--mip-seconds" -> mipLimit = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    case "" -> { }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + " (use --quick, --only a,b, --threads n, --seed n, --save dir, --out file, --reference,"
                            + " --reference-file file, --mip-seconds n)");
                }
            }
            return new Options(quick, only, threads, seed, saveDir, out, reference, referenceFile, mipLimit);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        boolean selects(String name) {
            return only.isEmpty()
                    || only.stream().anyMatch(token -> name.equals(token) || name.startsWith(token + "-"));
        }

        Duration limit(int seconds) {
            return quick ? Duration.ofMillis(seconds * 100L) : Duration.ofSeconds(seconds);
        }
    }

    /**
     * One benchmark problem and the time limits it is solved with (short, medium, long; some may be absent), and the
     * time limit of its reference MIP (null: no reference is computed).
     */
    private record Case(String name, String size, Supplier<ObjectNode> generator, List<Duration> limits,
                        Duration mipLimit) {

        Problem problem() {
            return ProblemReader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(generator.get())));
        }
    }

    /**
     * Plain dynamic slope scaling on the core's network, the peer the optimizer must beat, with the network's arc
     * count. Built apart from the optimizer's solves, so its memory is free again before the heap is measured. A run
     * that has not converged within {@code budget} ends after the round under way ({@code stopped}), keeping the best
     * plan of the rounds done.
     */
    private record Peer(int arcs, double cost, double seconds, int rounds, boolean stopped, Flows flows) {

        static Peer of(Network network, Duration budget) {
            SlopeScaling slopeScaling = new SlopeScaling(network);
            long start = System.nanoTime();
            Flows flows = slopeScaling.plain(budget, best -> { });
            long nanos = System.nanoTime() - start;
            return new Peer(network.arcCount(), network.cost(flows), nanos / 1e9, slopeScaling.roundCount(),
                    nanos >= budget.toNanos(), flows);
        }

        static Peer of(Problem problem, Duration budget) {
            return of(NetworkBuilder.build(problem).network(), budget);
        }

        String describe() {
            return money(cost) + String.format(Locale.ROOT, " (%d rounds, %.1f s%s)", rounds, seconds,
                    stopped ? ", stopped" : "");
        }
    }

    /** What one problem gave; cells already formatted. */
    private record Outcome(List<String> cells, List<String> violations, boolean failed) {
    }

    private BenchmarkRunner() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--v2")) {
            TimedBenchmarkRunner.main(args);
            return;
        }
        Options options = Options.parse(args);
        quietSolverLogging();
        ScaledMinCostFlow.loadNativeLibraries();
        List<Case> cases = cases(options).stream().filter(c -> options.selects(c.name())).toList();
        if (options.reference()) {
            computeReferences(cases, options);
            return;
        }
        ReferenceValues references = ReferenceValues.read(options.referenceFile());
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "# Sirkel optimizer benchmark%n%n%s, %s, %d thread(s), "
                        + "%d processors, max heap %d MB, seed %d%n%n", Instant.now(),
                options.quick() ? "quick (limits ÷ 10)" : "full limits", options.threads(),
                Runtime.getRuntime().availableProcessors(), HeapPeak.maxHeapMegabytes(), options.seed()));
        MarkdownTable table = new MarkdownTable(COLUMNS);
        List<String> details = new ArrayList<>();
        boolean failed = false;
        for (Case benchmark : cases) {
            System.err.println("running " + benchmark.name() + " ...");
            Outcome outcome = run(benchmark, options, references);
            table.add(outcome.cells());
            outcome.violations().forEach(violation -> details.add(benchmark.name() + ": " + violation));
            failed |= outcome.failed();
        }
        report.append(table.render()).append('\n');
        report.append("Plan costs in NOK (FCTP: objective units) at the short, medium and long time limits; gap % of "
                + "the long plan over its lower bound; long took s = the long solve's own solveSeconds (setup can "
                + "overrun the limit); slope scaling = plain dynamic slope scaling from the relaxation until its flows "
                + "stop changing, stopped after 5 × the longest limit (at least 30 s); vs peer % = (long plan − slope "
                + "scaling) / slope scaling, negative where the optimizer beats the peer; best known and MIP bound = "
                + "the instance's reference value and the lower bound SCIP proved (" + options.referenceFile()
                + ", * where proven optimal); vs best-known % = (long plan − best known) / best known; peak heap = "
                + "sum of heap pool peaks during the optimizer's solves (an upper bound).\n");
        if (!details.isEmpty()) {
            report.append("\n## Checker violations and failures\n\n");
            details.forEach(line -> report.append("- ").append(line).append('\n'));
        }
        System.out.print(report);
        if (options.out() != null) {
            try {
                Files.writeString(options.out(), report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        System.exit(failed ? 1 : 0);
    }

    /** OptaPlanner logs every solve at INFO; where Logback is the logging backend, keep only its warnings. */
    private static void quietSolverLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("org.optaplanner").setLevel(Level.WARN);
        }
    }

    private static List<Case> cases(Options options) {
        long seed = options.seed();
        List<Duration> standard = List.of(options.limit(10), options.limit(30), options.limit(60));
        List<Duration> small = List.of(options.limit(2), options.limit(5), options.limit(10));
        List<Case> cases = new ArrayList<>();
        for (int[] size : new int[][] {{50, 100}, {500, 500}, {2000, 2000}}) {
            cases.add(new Case("trondheim-" + size[0] + "x" + size[1], size[0] + "×" + size[1],
                    () -> new TrondheimProblemGenerator(seed).generate(size[0], size[1]), standard, null));
        }
        cases.add(new Case("trondheim-5000x5000", "5000×5000",
                () -> new TrondheimProblemGenerator(seed).generate(5000, 5000), List.of(options.limit(120)), null));
        FctpInstanceGenerator fctp = new FctpInstanceGenerator(seed);
        for (int[] size : new int[][] {{10, 10}, {10, 20}, {15, 15}, {50, 100}}) {
            boolean large = size[0] * size[1] > 1000;
            for (FixedCostLevel level : List.of(FixedCostLevel.LOW, FixedCostLevel.HIGH)) {
                cases.add(new Case("fctp-" + level.name().toLowerCase(Locale.ROOT) + "-" + size[0] + "x" + size[1],
                        size[0] + "×" + size[1], () -> fctp.generate(size[0], size[1], level),
                        large ? standard : small, Duration.ofSeconds(large ? 240 : 120)));
            }
        }
        for (int size : new int[] {15, 30}) {
            for (double theta : size == 15 ? new double[] {0.2, 0.5} : new double[] {0.2}) {
                cases.add(new Case(String.format(Locale.ROOT, "fctp-theta%s-%dx%d", theta, size, size),
                        size + "×" + size, () -> fctp.generateWithCostRatio(size, theta),
                        size == 15 ? small : standard, Duration.ofSeconds(size == 15 ? 120 : 180)));
            }
        }
        return cases;
    }

    /** Solves each case's reference MIP (cases without a MIP time limit are skipped) and updates the file. */
    private static void computeReferences(List<Case> cases, Options options) {
        ReferenceValues references = ReferenceValues.read(options.referenceFile());
        for (Case benchmark : cases) {
            if (benchmark.mipLimit() == null) {
                continue;
            }
            Duration limit = options.mipLimit() == null ? benchmark.mipLimit() : options.mipLimit();
            System.err.println("reference MIP for " + benchmark.name() + ", up to " + seconds(limit) + " ...");
            Network network = NetworkBuilder.build(benchmark.problem()).network();
            Peer peer = Peer.of(network, MIN_PEER_BUDGET);
            NetworkMip.Result mip = NetworkMip.solve(network, peer.flows(), limit);
            double best = Math.min(mip.cost(), peer.cost());
            ReferenceValues.Row row = new ReferenceValues.Row(benchmark.name(), options.seed(), benchmark.size(),
                    best, mip.bound(), mip.optimal(), NetworkMip.SOLVER,
                    mip.seconds());
            System.err.println("  " + row.csv() + String.format(Locale.ROOT, " (peer %s)", money(peer.cost())));
            references.put(row);
            references.write(options.referenceFile());
        }
    }

    private static Outcome run(Case benchmark, Options options, ReferenceValues references) {
        List<String> violations = new ArrayList<>();
        try {
            ObjectNode problemJson = benchmark.generator().get();
            byte[] problemBytes = JSON.writeValueAsBytes(problemJson);
            save(options, benchmark.name() + ".json", problemBytes);
            Problem problem = ProblemReader.read(new ByteArrayInputStream(problemBytes));
            List<Violation> problemViolations = new ArrayList<>();
            ContractProblem contractProblem = ContractProblem.read(problemJson, problemViolations);
            problemViolations.forEach(violation -> violations.add("problem " + violation));

            Duration longest = benchmark.limits().get(benchmark.limits().size() - 1);
            Peer peer = Peer.of(problem, max(longest.multipliedBy(PEER_BUDGET_PER_LIMIT), MIN_PEER_BUDGET));

            HeapPeak heap = new HeapPeak();
            heap.reset();
            List<Plan> plans = new ArrayList<>();
            for (Duration limit : benchmark.limits()) {
                Optimizer optimizer = new Optimizer(new SolveOptions(limit, options.threads()));
                Plan plan = optimizer.solve(problem, progress -> { });
                plans.add(plan);
                String planJson = PlanWriter.toJson(plan);
                save(options, benchmark.name() + "-plan-" + limit.toMillis() + "ms.json",
                        planJson.getBytes(StandardCharsets.UTF_8));
                List<Violation> found = PlanChecker.check(contractProblem, JSON.readTree(planJson));
                found.stream().limit(SHOWN_VIOLATIONS).forEach(violation ->
                        violations.add("plan at " + seconds(limit) + ": " + violation));
                if (found.size() > SHOWN_VIOLATIONS) {
                    violations.add("plan at " + seconds(limit) + ": " + (found.size() - SHOWN_VIOLATIONS)
                            + " more violations");
                }
            }
            long peakMegabytes = heap.peakMegabytes();
            Plan longPlan = plans.get(plans.size() - 1);
            List<String> planCells = new ArrayList<>(List.of("—", "—", "—"));
            for (int i = 0; i < plans.size(); i++) {
                planCells.set(3 - plans.size() + i, money(plans.get(i).totals().cost()));
            }
            List<String> cells = new ArrayList<>(List.of(benchmark.name(), benchmark.size(),
                    String.format(Locale.ROOT, "%,d", peer.arcs()), money(longPlan.baseline().cost()),
                    money(longPlan.greedy().cost()), limits(benchmark.limits())));
            cells.addAll(planCells);
            cells.addAll(List.of(String.format(Locale.ROOT, "%.1f", longPlan.solveSeconds()),
                    money(longPlan.lowerBound()),
                    longPlan.gapPercent() == null ? "—" : String.format(Locale.ROOT, "%.2f", longPlan.gapPercent()),
                    peer.describe(),
                    String.format(Locale.ROOT, "%+.3f", 100 * (longPlan.totals().cost() - peer.cost()) / peer.cost())));
            cells.addAll(referenceCells(references.find(benchmark.name(), options.seed()), longPlan));
            cells.addAll(List.of(Long.toString(peakMegabytes),
                    violations.isEmpty() ? "valid" : violations.size() + " violations"));
            return new Outcome(cells, violations, !violations.isEmpty());
        } catch (RuntimeException | OutOfMemoryError e) {
            violations.add("failed: " + e);
            List<String> cells = new ArrayList<>(List.of(benchmark.name(), benchmark.size()));
            while (cells.size() < COLUMNS.size() - 1) {
                cells.add("—");
            }
            cells.add("failed");
            return new Outcome(cells, violations, true);
        }
    }

    /** Best known (starred where proven optimal), the MIP's bound, and the plan's gap to the best known. */
    private static List<String> referenceCells(Optional<ReferenceValues.Row> reference, Plan plan) {
        if (reference.isEmpty()) {
            return List.of("—", "—", "—");
        }
        ReferenceValues.Row row = reference.get();
        return List.of(money(row.bestValue()) + (row.optimal() ? "*" : ""), money(row.provenBound()),
                String.format(Locale.ROOT, "%+.3f", 100 * (plan.totals().cost() - row.bestValue()) / row.bestValue()));
    }

    private static void save(Options options, String fileName, byte[] content) {
        if (options.saveDir() == null) {
            return;
        }
        try {
            Files.createDirectories(options.saveDir());
            Files.write(options.saveDir().resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String seconds(Duration limit) {
        return number(limit) + " s";
    }

    private static String limits(List<Duration> limits) {
        return String.join("/", limits.stream().map(BenchmarkRunner::number).toList()) + " s";
    }

    private static String number(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? Long.toString(limit.toSeconds())
                : String.format(Locale.ROOT, "%.1f", limit.toMillis() / 1000.0);
    }
}
