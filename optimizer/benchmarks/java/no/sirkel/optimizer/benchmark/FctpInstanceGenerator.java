package no.sirkel.optimizer.benchmark;

import java.util.Locale;
import java.util.Random;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fixed-charge transportation problem (FCTP) instances generated the way the literature's test sets were, written in
 * the contract format so the optimizer can be measured on problems whose structure is well studied. The same seed and
 * parameters always give the same instance. The published instance files are not available offline, so these are
 * fresh draws from (our reading of) the published procedures, not the published instances: their best-known values
 * come from our own exact MIP runs ({@link NetworkMip}, committed in {@code optimizer/benchmarks/reference/}), not from
 * the papers.
 *
 * <p>Two families:
 * <ul>
 *   <li>{@link #generate(int, int, FixedCostLevel)}, after Sun, Aronson, McKeown &amp; Drinka (1998), whose generator
 *   Glover, Amini &amp; Kochenberger (2005) reused for their larger sets: integer supplies, integer variable costs
 *   3..8 per tonne and fixed costs in a range set by the fixed-to-variable cost ratio. Deviations, as far as we can
 *   establish the original: supplies are drawn from 100..300 and demands split the same total in random proportions
 *   (weights 0.5..1.5); the fixed-cost ranges are defined through {@link FixedCostLevel#ratio()} rather than as the
 *   papers' absolute ranges, so a level means the same cost structure at every size.</li>
 *   <li>{@link #generateWithCostRatio(int, double)}, after Agarwal &amp; Aneja (2012), the generator Roberti,
 *   Bartolini &amp; Mingozzi (2015) also used: n × n, supplies and demands uniform integers 1..20 with the demands
 *   adjusted one unit at a time (within 1..20) until they total the supply, fixed costs uniform integers 200..800,
 *   variable costs drawn uniformly from 200..800 independently of the fixed costs and then scaled so that
 *   θ = D · mean(c/f) / (m + n − 1), the variable part of a basic solution over its fixed part, takes the chosen
 *   value (θ = 0.2: fixed costs about five times the transport cost). Deviations: the scaled variable costs are
 *   rounded to the nearest integer, and the units to adjust are picked at random.</li>
 * </ul>
 *
 * <p>In contract terms every pair is a route whose {@code km} is the variable cost, with {@code costPerTonneKm = 1} and
 * the route's {@code fixedCost}; there are no positions, disposal sites or virgin sources, so every unmatched tonne pays
 * the 100,000 penalty on both sides. Supply equals demand and every pair is eligible, so a plan can match everything,
 * and since a penalty dwarfs any fixed cost an optimal plan does: the contract optimum is the FCTP optimum
 * Σ c·x + Σ f·y, and any plan's penalties are part of its reported cost.
 */
public final class FctpInstanceGenerator {

    /**
     * How large fixed costs are against variable costs, as the fixed-cost ratio: mean fixed cost over the mean
     * variable cost of the flow an arc carries in a basic solution (5.5 × total / (m + n − 1)). Fixed costs are drawn
     * uniformly from 0.4..1.6 times {@code ratio} × that. On a 50 × 100 instance these give about 50..200 (low),
     * 200..800 (medium) and 800..3,200 (high), the ranges the literature sets use.
     */
    public enum FixedCostLevel {
        LOW(0.35), MEDIUM(1.4), HIGH(5.5);

        private final double ratio;

        FixedCostLevel(double ratio) {
            this.ratio = ratio;
        }

        public double ratio() {
            return ratio;
        }
    }

    private static final String MATERIAL = "GOODS";
    private static final int MIN_VARIABLE_COST = 3;
    private static final int MAX_VARIABLE_COST = 8;
    private static final int MAX_QUANTITY = 20;
    private static final int MIN_COST = 200;
    private static final int MAX_COST = 800;

    private final long seed;

    public FctpInstanceGenerator(long seed) {
        this.seed = seed;
    }

    /** A Sun et al. style instance named {@code fctp-<level>-<m>x<n>-seed<seed>}. */
    public ObjectNode generate(int sourceCount, int sinkCount, FixedCostLevel level) {
        Random random = new Random(seed * 1_000_003L + sourceCount * 7919L + sinkCount * 31L + level.ordinal());
        long[] supplies = new long[sourceCount];
        long total = 0;
        for (int i = 0; i < sourceCount; i++) {
            supplies[i] = 100 + random.nextInt(201);
            total += supplies[i];
        }
        long[] demands = apportion(random, total, sinkCount);
        double meanVariableCost = (MIN_VARIABLE_COST + MAX_VARIABLE_COST) / 2.0;
        double meanBasicFlow = (double) total / (sourceCount + sinkCount - 1);
        double meanFixedCost = level.ratio() * meanVariableCost * meanBasicFlow;
        long minFixed = Math.round(0.4 * meanFixedCost);
        long maxFixed = Math.round(1.6 * meanFixedCost);
        long[][] variableCosts = new long[sourceCount][sinkCount];
        long[][] fixedCosts = new long[sourceCount][sinkCount];
        for (int i = 0; i < sourceCount; i++) {
            for (int j = 0; j < sinkCount; j++) {
                variableCosts[i][j] = MIN_VARIABLE_COST + random.nextInt(MAX_VARIABLE_COST - MIN_VARIABLE_COST + 1);
                fixedCosts[i][j] = minFixed + (long) (random.nextDouble() * (maxFixed - minFixed + 1));
            }
        }
        return problem(name(level.name().toLowerCase(Locale.ROOT), sourceCount, sinkCount), supplies, demands,
                variableCosts, fixedCosts);
    }

    /** An Agarwal &amp; Aneja style n × n instance named {@code fctp-theta<θ>-<n>x<n>-seed<seed>}. */
    public ObjectNode generateWithCostRatio(int size, double theta) {
        Random random = new Random(seed * 1_000_003L + size * 7919L + Math.round(theta * 1000) * 104_729L);
        long[] supplies = new long[size];
        long[] demands = new long[size];
        long total = 0;
        long demanded = 0;
        for (int i = 0; i < size; i++) {
            supplies[i] = 1 + random.nextInt(MAX_QUANTITY);
            total += supplies[i];
        }
        for (int j = 0; j < size; j++) {
            demands[j] = 1 + random.nextInt(MAX_QUANTITY);
            demanded += demands[j];
        }
        while (demanded != total) {
            int j = random.nextInt(size);
            long step = demanded < total ? 1 : -1;
            if (demands[j] + step >= 1 && demands[j] + step <= MAX_QUANTITY) {
                demands[j] += step;
                demanded += step;
            }
        }
        long[][] fixedCosts = new long[size][size];
        long[][] rawVariableCosts = new long[size][size];
        double ratioSum = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                fixedCosts[i][j] = MIN_COST + random.nextInt(MAX_COST - MIN_COST + 1);
                rawVariableCosts[i][j] = MIN_COST + random.nextInt(MAX_COST - MIN_COST + 1);
                ratioSum += (double) rawVariableCosts[i][j] / fixedCosts[i][j];
            }
        }
        double scale = theta * (2 * size - 1) / (total * ratioSum / (size * size));
        long[][] variableCosts = new long[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                variableCosts[i][j] = Math.round(rawVariableCosts[i][j] * scale);
            }
        }
        return problem(name(String.format(Locale.ROOT, "theta%s", theta), size, size), supplies, demands,
                variableCosts, fixedCosts);
    }

    private String name(String family, int sourceCount, int sinkCount) {
        return "fctp-" + family + "-" + sourceCount + "x" + sinkCount + "-seed" + seed;
    }

    private static ObjectNode problem(String name, long[] supplies, long[] demands, long[][] variableCosts,
                                      long[][] fixedCosts) {
        ObjectNode problem = JsonNodeFactory.instance.objectNode();
        problem.put("name", name);
        problem.putObject("parameters")
                .put("objective", "COST")
                .put("costPerTonneKm", 1.0)
                .put("co2KgPerTonneKm", 0.0)
                .put("fixedCostPerRoute", 0)
                .putNull("maxHaulKm")
                .put("truckPayloadTonnes", 17)
                .put("unplacedPenaltyPerTonne", 100000)
                .put("unmetPenaltyPerTonne", 100000);
        ArrayNode supplyNodes = problem.putArray("supplies");
        for (int i = 0; i < supplies.length; i++) {
            supplyNodes.addObject().put("id", "S" + (i + 1)).put("material", MATERIAL).put("tonnes", supplies[i]);
        }
        ArrayNode demandNodes = problem.putArray("demands");
        for (int j = 0; j < demands.length; j++) {
            ObjectNode demand = demandNodes.addObject().put("id", "D" + (j + 1));
            demand.putArray("accepts").add(MATERIAL);
            demand.put("tonnes", demands[j]);
        }
        problem.putArray("disposalSites");
        problem.putArray("virginSources");
        ArrayNode routes = problem.putArray("routes");
        for (int i = 0; i < supplies.length; i++) {
            for (int j = 0; j < demands.length; j++) {
                routes.addObject()
                        .put("from", "S" + (i + 1))
                        .put("to", "D" + (j + 1))
                        .put("km", variableCosts[i][j])
                        .put("fixedCost", fixedCosts[i][j]);
            }
        }
        return problem;
    }

    /** Splits total into count positive integers in random proportions (weights 0.5..1.5, largest remainder). */
    private static long[] apportion(Random random, long total, int count) {
        if (total < 2L * count) {
            throw new IllegalArgumentException("too few tonnes (" + total + ") to split over " + count + " demands");
        }
        double[] weights = new double[count];
        double weightSum = 0;
        for (int j = 0; j < count; j++) {
            weights[j] = 0.5 + random.nextDouble();
            weightSum += weights[j];
        }
        long[] parts = new long[count];
        double[] remainders = new double[count];
        long assigned = 0;
        for (int j = 0; j < count; j++) {
            double share = total * weights[j] / weightSum;
            parts[j] = Math.max(1, (long) Math.floor(share));
            remainders[j] = share - Math.floor(share);
            assigned += parts[j];
        }
        while (assigned < total) {
            int largest = 0;
            for (int j = 1; j < count; j++) {
                if (remainders[j] > remainders[largest]) {
                    largest = j;
                }
            }
            parts[largest]++;
            remainders[largest] = -1;
            assigned++;
        }
        return parts;
    }
}
