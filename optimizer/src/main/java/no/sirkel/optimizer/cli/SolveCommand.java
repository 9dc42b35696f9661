package no.sirkel.optimizer.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import no.sirkel.optimizer.Optimizer;
import no.sirkel.optimizer.Progress;
import no.sirkel.optimizer.SolveOptions;
import no.sirkel.optimizer.flow.ScaledMinCostFlow;
import no.sirkel.optimizer.plan.Plan;
import no.sirkel.optimizer.plan.PlanWriter;
import no.sirkel.optimizer.problem.InvalidProblemException;
import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.ProblemReader;

/**
 * {@code solve PROBLEM.json --seconds N [--out PLAN.json] [--threads K]}: reads a problem, solves it so that the
 * command is done within N seconds (reading, solving and writing; only a problem whose network, greedy plan and bound
 * alone take longer overruns), prints progress to the error stream once a second and writes the plan to PLAN.json or
 * the output stream. A problem of format version 1 gives a version 1 plan, one of version 2 a version 2 plan. Exit codes:
 * 0 solved, 2 refused problem or bad arguments (each reason printed).
 */
public final class SolveCommand {

    public static final String USAGE = "usage: solve PROBLEM.json --seconds N [--out PLAN.json] [--threads K]";
    private static final Duration WRITING_ALLOWANCE = Duration.ofMillis(200);
    private static final Duration LEAST_SOLVE = Duration.ofMillis(1);

    private SolveCommand() {
    }

    private record Arguments(Path problem, Duration timeLimit, Path out, int threads) {
    }

    /** Runs the command; {@code args} come without the word {@code solve}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Problem problem;
        try {
            problem = ProblemReader.read(arguments.problem());
        } catch (InvalidProblemException e) {
            err.println(arguments.problem() + " is not a valid problem:");
            e.errors().forEach(error -> err.println("  " + error));
            return 2;
        } catch (UncheckedIOException e) {
            err.println("cannot read " + arguments.problem() + ": " + e.getCause().getMessage());
            return 2;
        }
        Plan plan = solve(problem, arguments, started, err);
        if (arguments.out() == null) {
            PlanWriter.write(plan, out);
            out.println();
            out.flush();
        } else {
            PlanWriter.write(plan, arguments.out());
        }
        err.printf(Locale.ROOT, "done in %.1f s: cost %.2f, lower bound %.2f, gap %s, greedy %.2f%n",
                plan.solveSeconds(), plan.totals().cost(), plan.lowerBound(), gap(plan.gapPercent()),
                plan.greedy().cost());
        return 0;
    }

    /** The optimizer gets what is left of N seconds once the problem is read and the flow solver loaded. */
    private static Plan solve(Problem problem, Arguments arguments, long started, PrintStream err) {
        ScaledMinCostFlow.loadNativeLibraries();
        Duration left = arguments.timeLimit().minusNanos(System.nanoTime() - started).minus(WRITING_ALLOWANCE);
        Optimizer optimizer = new Optimizer(new SolveOptions(left.compareTo(LEAST_SOLVE) < 0 ? LEAST_SOLVE : left,
                arguments.threads()));
        ProgressLines lines = new ProgressLines(err);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "solve-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(lines::print, 1, 1, TimeUnit.SECONDS);
        try {
            return optimizer.solve(problem, lines.latest::set);
        } finally {
            ticker.shutdownNow();
            lines.printIfNew();
        }
    }

    /**
     * The progress lines: the best plan so far once a second, and the final best where the last line did not show
     * it (a solve shorter than a second, or one whose last improvement came after the last tick).
     */
    private static final class ProgressLines {

        private final PrintStream err;
        private final long start = System.nanoTime();
        final AtomicReference<Progress> latest = new AtomicReference<>();
        private Progress printed;

        ProgressLines(PrintStream err) {
            this.err = err;
        }

        synchronized void print() {
            Progress progress = latest.get();
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (progress == null) {
                err.printf(Locale.ROOT, "%6.1f s  preparing%n", elapsed);
            } else {
                err.printf(Locale.ROOT, "%6.1f s  best %.2f  gap %s  (%s)%n", elapsed, progress.bestCost(),
                        gap(progress.gapPercent()), progress.phase());
            }
            printed = progress;
        }

        synchronized void printIfNew() {
            if (latest.get() != null && latest.get() != printed) {
                print();
            }
        }
    }

    private static String gap(Double gapPercent) {
        return gapPercent == null || gapPercent.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.3f %%", gapPercent);
    }

    private static Arguments parse(String[] args) {
        Path problem = null;
        Double seconds = null;
        Path out = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--seconds" -> seconds = positiveNumber(arg, value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--threads" -> threads = positiveWhole(arg, value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (problem != null) {
                        throw new IllegalArgumentException("only one problem file, got " + problem + " and " + arg);
                    }
                    problem = Path.of(arg);
                }
            }
        }
        if (problem == null) {
            throw new IllegalArgumentException("no problem file given");
        }
        if (seconds == null) {
            throw new IllegalArgumentException("--seconds is required");
        }
        if (!Files.isRegularFile(problem)) {
            throw new IllegalArgumentException("no such file: " + problem);
        }
        return new Arguments(problem, Duration.ofNanos((long) (seconds * 1e9)), out, threads);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static double positiveNumber(String option, String value) {
        try {
            double number = Double.parseDouble(value);
            if (number > 0 && Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a number > 0, was " + value);
    }

    private static int positiveWhole(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number > 0, was " + value);
    }
}
