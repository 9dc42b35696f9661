package no.sirkel.optimizer.benchmark;

import java.util.Random;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fixed-charge transportation problem (FCTP) instances in the style of the literature (Sun, Aronson, McKeown &amp;
 * Drinka 1998; Glover, Amini &amp; Kochenberger 2005; Roberti, Bartolini &amp; Mingozzi 2015), written in the contract
 * format so the optimizer can be measured on problems whose structure is well studied. The same seed and size always
 * give the same instance.
 *
 * <p>An m × n instance: integer supplies drawn from 100..300 t, integer demands that share the same total (so
 * Σ supply = Σ demand), every pair eligible, an integer variable cost per tonne from 3..8 and an integer fixed cost per
 * pair. In contract terms every pair is a route whose {@code km} is the variable cost, with
 * {@code costPerTonneKm = 1} and the route's {@code fixedCost}; there are no positions, disposal sites or virgin
 * sources, so every unmatched tonne pays the 100,000 penalty and an optimal plan matches everything. Its cost is then
 * the FCTP objective Σ c·x + Σ f·y.
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

    private final long seed;

    public FctpInstanceGenerator(long seed) {
        this.seed = seed;
    }

    /** An instance named {@code fctp-<level>-<m>x<n>-seed<seed>}. */
    public ObjectNode generate(int sourceCount, int sinkCount, FixedCostLevel level) {
        Random random = new Random(seed * 1_000_003L + sourceCount * 7919L + sinkCount * 31L + level.ordinal());
        long[] supplies = new long[sourceCount];
        long total = 0;
        for (int i = 0; i < sourceCount; i++) {
            supplies[i] = 100 + random.nextInt(201);
            total += supplies[i];
        }
        long[] demands = apportion(random, total, sinkCount);

        ObjectNode problem = JsonNodeFactory.instance.objectNode();
        problem.put("name", "fctp-" + level.name().toLowerCase() + "-" + sourceCount + "x" + sinkCount
                + "-seed" + seed);
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
        for (int i = 0; i < sourceCount; i++) {
            supplyNodes.addObject().put("id", "S" + (i + 1)).put("material", MATERIAL).put("tonnes", supplies[i]);
        }
        ArrayNode demandNodes = problem.putArray("demands");
        for (int j = 0; j < sinkCount; j++) {
            ObjectNode demand = demandNodes.addObject().put("id", "D" + (j + 1));
            demand.putArray("accepts").add(MATERIAL);
            demand.put("tonnes", demands[j]);
        }
        problem.putArray("disposalSites");
        problem.putArray("virginSources");
        double meanVariableCost = (MIN_VARIABLE_COST + MAX_VARIABLE_COST) / 2.0;
        double meanBasicFlow = (double) total / (sourceCount + sinkCount - 1);
        double meanFixedCost = level.ratio() * meanVariableCost * meanBasicFlow;
        long minFixed = Math.round(0.4 * meanFixedCost);
        long maxFixed = Math.round(1.6 * meanFixedCost);
        ArrayNode routes = problem.putArray("routes");
        for (int i = 0; i < sourceCount; i++) {
            for (int j = 0; j < sinkCount; j++) {
                routes.addObject()
                        .put("from", "S" + (i + 1))
                        .put("to", "D" + (j + 1))
                        .put("km", MIN_VARIABLE_COST + random.nextInt(MAX_VARIABLE_COST - MIN_VARIABLE_COST + 1))
                        .put("fixedCost", minFixed + (long) (random.nextDouble() * (maxFixed - minFixed + 1)));
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
